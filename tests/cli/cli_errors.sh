#!/usr/bin/env bash
# Bad input never crashes kg, never loses the good files, and always says what went wrong.
source "$(dirname "$0")/lib.sh" "$@"
D=$WORK/in
mkdir -p "$D/good" "$D/nothing"
cp "$SRC/tests/data/2023-02-28-readout-of-the-trilateral-united-states-japan-republic-of-korea-economic-security-dialogue.md" "$D/good/readout.md"
printf 'President Lula met President Macron in Brasilia on Tuesday.\n' >"$D/good/plain.txt"

# Every bad input: "FILE:LINE:COLUMN: error: ...", skipped, counted, exit 3, the good files still in the graph.
bad() {  # name expected-message
    expect_exit 3 "$1 is skipped" -- "$KG" build "$D/good" "$D/$1" -o "$WORK/g.graphml"
    expect_in "$WORK/err" "$2" "$1 message"
    expect_in "$WORK/err" "1 input(s) skipped" "$1 summary"
    grep -q 'Yasuo Takamura' "$WORK/g.graphml" && grep -q 'Lula' "$WORK/g.graphml" && pass || fail "$1: good articles lost"
}
: >"$D/empty.txt";                              bad empty.txt "$D/empty.txt:1:1: error: empty file"
printf '  \n\t\n' >"$D/blank.txt";              bad blank.txt "$D/blank.txt:1:1: error: no article text (only whitespace)"
printf 'abc\0def' >"$D/binary.txt";             bad binary.txt "$D/binary.txt:1:4: error: binary data (NUL byte); not a text article"
head -c 4096 /dev/urandom | tr -d '\n' | tr '\0' 'x' >"$D/noise.txt"; printf '\0' >>"$D/noise.txt"
                                                bad noise.txt "error: binary data"
printf '<rss version="2.0">\n<channel>\n<item><title>Cut' >"$D/truncated.xml"
                                                bad truncated.xml "$D/truncated.xml:3:17: error: malformed XML: unexpected end of data"
printf '<rss><channel>\n<item><title>x</item></channel></rss>' >"$D/mismatch.xml"
                                                bad mismatch.xml "$D/mismatch.xml:2:21: error: malformed XML: invalid closing tag name"
python3 -c "print('<rss>' + '<a>' * 100000 + '</a>' * 100000 + '</rss>')" >"$D/deep.xml"
                                                bad deep.xml "error: XML nested more than 2000 elements deep"
printf -- '---\ntitle: x\nno closing\n' >"$D/frontmatter.md"; bad frontmatter.md "front matter opened with '---' is never closed"
expect_exit 3 "missing file is skipped" -- "$KG" build "$D/good" "$D/missing.txt" -o "$WORK/g.graphml"
expect_in "$WORK/err" "$D/missing.txt:0:0: error: no such file or directory" "missing file message"
expect_exit 3 "directory without articles" -- "$KG" build "$D/good" "$D/nothing" -o "$WORK/g.graphml"
expect_in "$WORK/err" "$D/nothing:0:0: error: directory holds no article files" "empty directory message"
if [ "$(id -u)" -ne 0 ]; then
    printf 'text' >"$D/locked.txt"; chmod 000 "$D/locked.txt"
    expect_exit 3 "unreadable file" -- "$KG" build "$D/good" "$D/locked.txt" -o "$WORK/g.graphml"
    expect_in "$WORK/err" "$D/locked.txt:0:0: error: cannot open" "unreadable message"
    rm -f "$D/locked.txt"
else
    echo "note: running as root, which may open any file: the permission check is replaced by the one below"
fi
# A file that opens but cannot be read, even by root: reading /proc/self/mem at offset 0 fails
# with EIO. The good files of the same run are still graphed.
expect_exit 3 "a file whose read fails" -- "$KG" build "$D/good" /proc/self/mem -o "$WORK/g.graphml"
expect_in "$WORK/err" "/proc/self/mem:0:0: error: read failed: Input/output error" "read failure message"
expect_in "$WORK/err" "1 input(s) skipped" "the unreadable file counted as skipped"
expect_exit 1 "a GraphML file whose read fails" -- "$KG" stats --graph /proc/self/mem
expect_in "$WORK/err" "/proc/self/mem:0:0: error: read failed: Input/output error" "GraphML read failure message"

# Repairs are warnings: the article stays in the graph.
printf 'President Lula met Prime Minister Modi. Bad byte \xff here. \xe2\x80\x94 ok.\n' >"$D/invalid.txt"
expect_exit 0 "invalid UTF-8 is repaired" -- "$KG" build "$D/invalid.txt" -o "$WORK/g.graphml"
expect_in "$WORK/err" "$D/invalid.txt:1:50: warning: invalid UTF-8: 1 byte(s) replaced with U+FFFD" "invalid UTF-8 warning"
grep -q 'Modi' "$WORK/g.graphml" && pass || fail "invalid UTF-8 article lost"
printf 'Le Pr\xe9sident Macron met Chancellor Scholz in Berlin.\r\n' >"$D/latin1.txt"
expect_exit 0 "Windows-1252 is decoded" -- "$KG" build "$D/latin1.txt" -o "$WORK/g.graphml"
expect_in "$WORK/err" "warning: not UTF-8; decoded as Windows-1252" "cp1252 warning"
grep -q 'Scholz' "$WORK/g.graphml" && pass || fail "cp1252 article lost"
printf '\xef\xbb\xbfPresident Biden met President Yoon in Seoul.\n' >"$D/bom.txt"
expect_exit 0 "UTF-8 BOM" -- "$KG" build "$D/bom.txt" -o "$WORK/g.graphml"
grep -q 'Yoon' "$WORK/g.graphml" && pass || fail "BOM article lost"
printf 'President Biden met President Yoon in Seoul.\n' | iconv -f UTF-8 -t UTF-16 >"$D/utf16.txt"
expect_exit 0 "UTF-16 with BOM" -- "$KG" build "$D/utf16.txt" -o "$WORK/g.graphml"
grep -q 'Yoon' "$WORK/g.graphml" && pass || fail "UTF-16 article lost"
printf '\xe4\xb9\xa0\xe8\xbf\x91\xe5\xb9\xb3\xe4\xb8\x8e\xe6\x8b\x9c\xe7\x99\xbb\xe4\xbc\x9a\xe6\x99\xa4\xe3\x80\x82 \xd8\xa7\xd9\x84\xd8\xb1\xd8\xa6\xd9\x8a\xd8\xb3. President Biden met President Xi.\n' >"$D/scripts.txt"
expect_exit 0 "Chinese and Arabic text" -- "$KG" build "$D/scripts.txt" -o "$WORK/g.graphml"
head -c 10000000 /dev/zero | tr '\0' 'a' >"$D/longline.txt"; printf ' President Biden met President Xi.' >>"$D/longline.txt"
expect_exit 0 "a 10 MB line" -- "$KG" build "$D/longline.txt" -o "$WORK/g.graphml"
python3 -c "
import sys
items = ''.join(f'<item><title>Item {i}</title><description>President Biden met President Lula {i}.</description></item>' for i in range(10000))
open(sys.argv[1], 'w').write(f'<rss version=\"2.0\"><channel><title>t</title>{items}</channel></rss>')" "$D/big.rss"
expect_exit 0 "an RSS feed with 10,000 items" -- "$KG" build "$D/big.rss" -o "$WORK/g.graphml"
expect_in "$WORK/err" "10000 article(s)" "10,000 items read"
python3 -c "print('<html><body>' + '<div>' * 100000 + 'President Biden met President Lula.' + '</div>' * 100000 + '</body></html>')" >"$D/deep.html"
expect_exit 0 "HTML nested 100,000 deep" -- "$KG" build "$D/deep.html" -o "$WORK/g.graphml"
grep -q 'Lula' "$WORK/g.graphml" && pass || fail "deep HTML text lost"

# --strict stops at the first bad input, writes nothing.
rm -f "$WORK/strict.graphml"
expect_exit 1 "--strict stops" -- "$KG" build --strict "$D/empty.txt" "$D/good" -o "$WORK/strict.graphml"
expect_in "$WORK/err" "empty.txt:1:1: error: empty file" "--strict message"
[ ! -e "$WORK/strict.graphml" ] && pass || fail "--strict left an output file"

# Usage errors: exit 2 with the usage.
expect_exit 2 "no command" -- "$KG"
expect_in "$WORK/err" "usage: kg COMMAND" "usage line"
expect_exit 2 "unknown command" -- "$KG" frobnicate
expect_exit 2 "unknown option" -- "$KG" build --frobnicate "$D/good" -o "$WORK/g.graphml"
expect_in "$WORK/err" "Usage:" "usage on bad option"
expect_exit 2 "no output" -- "$KG" build "$D/good"
expect_exit 2 "unknown format" -- "$KG" build "$D/good" -o "$WORK/g.xyz"
expect_exit 1 "nothing readable" -- "$KG" build "$D/empty.txt" -o "$WORK/none.graphml"
expect_in "$WORK/err" "no article could be read; nothing written" "nothing readable message"
finish
