#!/usr/bin/env python3
"""A deterministic corpus of diplomatic news for the benchmarks.

    bench/make_corpus.py ARTICLES OUT_DIR [--seed N]

Writes ARTICLES articles in four layouts, about a quarter each: plain text with a
dateline and byline (.txt), HTML pages with navigation and footer furniture (.html),
RSS feeds of 50 items (.xml) and NITF documents (.nitf.xml). Countries, agencies and
cities come from kg's own gazetteers (schemas/); people are drawn from a pool that
grows with the corpus, with Zipf-like popularity, so new names keep appearing while
popular ones recur, as in a real archive. The same seed gives the same bytes."""
import html
import os
import random
import sys
from datetime import date, timedelta
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMAS = os.path.join(HERE, "..", "schemas")

FIRST = ["Ana", "Li", "Omar", "Yuki", "Jon", "Maria", "Wei", "Ivan", "Amara", "Pedro", "Fatima", "Kenji", "Olga",
         "Samuel", "Priya", "Hassan", "Elena", "Tomas", "Aiko", "David", "Nadia", "Carlos", "Mei", "Kwame", "Sofia",
         "Rahul", "Leila", "Mikhail", "Grace", "Ahmed", "Ingrid", "Mateo", "Chen", "Zainab", "Lukas", "Hana"]
LAST = ["Silva", "Wang", "Haddad", "Sato", "Finer", "Garcia", "Zhang", "Petrov", "Okafor", "Lopez", "Rahman", "Kim",
        "Novak", "Mensah", "Rossi", "Tanaka", "Ivanova", "Costa", "Nguyen", "Schmidt", "Adeyemi", "Moreau", "Kaur",
        "Yilmaz", "Fischer", "Mwangi", "Suzuki", "Castillo", "Lindqvist", "Abdullah", "Kowalski", "Osei", "Park"]
MIDDLE = [""] * 6 + ["A.", "J.", "M.", "K."]
TITLES = ["Foreign Minister", "Defense Minister", "Prime Minister", "President", "Minister of Trade",
          "Secretary of State", "National Security Advisor", "Ambassador", "Minister of Finance", "Vice President"]
EVENTS = ["Strategic Dialogue", "Economic Dialogue", "Security Forum", "Climate Summit", "Trade Talks",
          "Joint Commission", "Energy Dialogue", "Maritime Security Dialogue", "Health Forum", "Cyber Dialogue"]
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
TOPICS = ["regional security", "trade and investment", "climate cooperation", "public health", "energy supplies",
          "counternarcotics cooperation", "cybercrime", "maritime safety", "food security", "export controls"]


def read_tsv(name, columns):
    rows = []
    with open(os.path.join(SCHEMAS, name), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            parts = line.rstrip("\n").split("\t")
            rows.append(tuple(parts[:columns]))
    return rows


class World:
    """The pools articles draw from; people are made on demand as the corpus grows."""

    def __init__(self, rng, articles):
        self.rng = rng
        self.countries = [(code, name) for code, name in read_tsv("countries.tsv", 2) if len(name) < 20][:120]
        self.cities = [(name, code) for name, code, kind in read_tsv("places.tsv", 3) if kind == "city"]
        self.agencies = [(name, code) for name, code in read_tsv("agencies.tsv", 2)]
        # about one person per five articles: small corpora repeat names, large ones keep adding them
        self.people = max(50, articles // 5)
        self.zipf = [1.0 / (rank + 1) ** 0.9 for rank in range(self.people)]
        self.cumulative = []
        total = 0.0
        for w in self.zipf:
            total += w
            self.cumulative.append(total)

    def person(self):
        """A (name, title, country code, country name) by popularity rank."""
        x = self.rng.random() * self.cumulative[-1]
        lo, hi = 0, len(self.cumulative) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if self.cumulative[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        rank = lo
        r = random.Random(rank * 7919 + 17)  # a person is the same in every article
        middle = r.choice(MIDDLE)
        name = " ".join(p for p in (r.choice(FIRST), middle, r.choice(LAST)) if p)
        code, country = self.countries[r.randrange(len(self.countries))]
        return name, r.choice(TITLES), code, country

    def city(self):
        return self.rng.choice(self.cities)[0]

    def agency(self):
        return self.rng.choice(self.agencies)[0]


def article(world, index):
    rng = world.rng
    day = date(2015, 1, 1) + timedelta(days=rng.randrange(3650))
    a, b, c = world.person(), world.person(), world.person()
    city = world.city()
    event = f"{a[3]}-{b[3]} {rng.choice(EVENTS)}"
    ordinal = rng.choice(ORDINALS)
    topic, topic2 = rng.sample(TOPICS, 2)
    title = f"{a[1]} {a[0].split()[-1]} meets {b[0].split()[-1]} in {city}"
    paragraphs = [
        f"{a[1]} {a[0]} of {a[3]} met with {b[1]} {b[0]} of {b[3]} in {city} on {day.strftime('%A')}, "
        f"where the two co-chaired the {ordinal} {event}.",
        f"The officials discussed {topic} and {topic2}, and agreed to expand cooperation between the "
        f"{world.agency()} and the {world.agency()}.",
        f"{c[0]}, {c[1]} of {c[3]}, attended the talks as an observer. {a[0].split()[-1]} said the dialogue "
        f"would meet again next year.",
        f"Both sides also reviewed progress on {rng.choice(TOPICS)} since the last session, according to a "
        f"statement released after the meeting.",
    ]
    return day, title, paragraphs, city


def write_text(out, world, index):
    day, title, paragraphs, city = article(world, index)
    body = "\n\n".join(paragraphs)
    with open(os.path.join(out, f"a{index:07d}.txt"), "w", encoding="utf-8") as f:
        f.write(f"{title}\n\n{city.upper()}, {MONTHS[day.month - 1]} {day.day}, {day.year}\nBy {world.rng.choice(FIRST)} "
                f"{world.rng.choice(LAST)}\n\n{body}\n")


def write_html(out, world, index):
    day, title, paragraphs, city = article(world, index)
    paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    page = (f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title>"
            f"<meta property=\"article:published_time\" content=\"{day.isoformat()}\"></head><body>\n"
            "<nav><a href=\"/\">Home</a> | <a href=\"/world\">World</a> | <a href=\"/subscribe\">Subscribe</a></nav>\n"
            f"<article><h1>{html.escape(title)}</h1>\n{paras}\n</article>\n"
            "<aside>Share this article on social media</aside>\n"
            "<footer>Copyright The Example Wire. All rights reserved. Privacy Policy | Terms of Use</footer>\n"
            "</body></html>\n")
    with open(os.path.join(out, f"a{index:07d}.html"), "w", encoding="utf-8") as f:
        f.write(page)


def write_nitf(out, world, index):
    day, title, paragraphs, city = article(world, index)
    paras = "\n".join(f"      <p>{escape(p)}</p>" for p in paragraphs)
    doc = (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<nitf version=\"-//IPTC//DTD NITF 3.6//EN\">\n"
           f"  <head><title>{escape(title)}</title><docdata><date.issue norm=\"{day.strftime('%Y%m%d')}T090000Z\"/>"
           f"</docdata></head>\n  <body>\n    <body.head><hedline><hl1>{escape(title)}</hl1></hedline>"
           f"<dateline>{escape(city.upper())}, {MONTHS[day.month - 1]} {day.day}</dateline></body.head>\n"
           f"    <body.content>\n{paras}\n    </body.content>\n  </body>\n</nitf>\n")
    with open(os.path.join(out, f"a{index:07d}.nitf.xml"), "w", encoding="utf-8") as f:
        f.write(doc)


def write_feed(out, world, first, count):
    items = []
    for index in range(first, first + count):
        day, title, paragraphs, city = article(world, index)
        items.append(f"<item><title>{escape(title)}</title><link>https://wire.example/{index}</link>"
                     f"<pubDate>{day.strftime('%a, %d %b %Y')} 09:00:00 GMT</pubDate>"
                     f"<description>{escape(' '.join(paragraphs))}</description></item>")
    feed = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Example Wire</title>"
            "<link>https://wire.example/</link><description>World news</description>\n" + "\n".join(items) +
            "\n</channel></rss>\n")
    with open(os.path.join(out, f"feed{first:07d}.xml"), "w", encoding="utf-8") as f:
        f.write(feed)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--seed")]
    seed = int(next((a.split("=")[1] for a in sys.argv[1:] if a.startswith("--seed=")), "1"))
    if len(args) != 2:
        sys.exit(__doc__)
    total, out = int(args[0]), args[1]
    world = World(random.Random(seed), total)
    index = 0
    while index < total:
        # per 200 articles: 50 text, 50 HTML, 50 NITF and one feed of 50 items
        for writer in (write_text, write_html, write_nitf):
            for _ in range(50):
                if index >= total:
                    break
                shard = os.path.join(out, f"{index // 10000:03d}")
                os.makedirs(shard, exist_ok=True)
                writer(shard, world, index)
                index += 1
        count = min(50, total - index)
        if count > 0:
            shard = os.path.join(out, f"{index // 10000:03d}")
            os.makedirs(shard, exist_ok=True)
            write_feed(shard, world, index, count)
            index += count


if __name__ == "__main__":
    main()
