// The npm peer: compromise's named-entity extraction (people, places, organisations) on the
// same article files kg reads. Markup is stripped with a regular expression first, which
// is cheaper than kg's readers, so the peer is, if anything, favoured.
// Prints "name value unit" lines like kg_bench.   Usage: node extract.js DIR...
const fs = require("fs");
const path = require("path");
const nlp = require("compromise");

function files(dir, out) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) files(p, out);
    else if (/\.(txt|md|html?|xml)$/.test(entry.name)) out.push(p);
  }
  return out;
}

const list = process.argv.slice(2).flatMap((d) => files(d, [])).sort();
let bytes = 0, entities = 0;
const start = process.hrtime.bigint();
for (const file of list) {
  const text = fs.readFileSync(file, "utf8").replace(/<[^>]*>/g, " ");
  bytes += Buffer.byteLength(text);
  const doc = nlp(text);
  entities += doc.people().out("array").length + doc.places().out("array").length +
              doc.organizations().out("array").length;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(`compromise_files ${list.length} `);
console.log(`compromise_entities ${entities} `);
console.log(`compromise_mb_per_s ${(bytes / 1e6 / seconds).toPrecision(4)} MB/s`);
console.log(`compromise_peak_rss_mb ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
