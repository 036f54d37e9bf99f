# Shared helpers for the end-to-end tests: bash tests/cli/X.sh PATH/TO/kg SOURCE_DIR
set -u
KG=$1
SRC=$2
SHARED=$(cd "$SRC/.." && pwd)/shared
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
failures=0
checks=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { checks=$((checks + 1)); }
# expect_exit CODE DESCRIPTION -- command...
expect_exit() {
    local want=$1 what=$2; shift 3
    "$@" >"$WORK/out" 2>"$WORK/err"
    local got=$?
    if [ "$got" -ne "$want" ]; then fail "$what: exit $got, want $want"; sed 's/^/    /' "$WORK/err" | head -5; else pass; fi
}
# expect_in FILE TEXT DESCRIPTION
expect_in() {
    if grep -qF -- "$2" "$1"; then pass; else fail "$3: '$2' not in output"; sed 's/^/    /' "$1" | head -5; fi
}
finish() {
    echo "$checks passed, $failures failed"
    [ "$failures" -eq 0 ]
}
have() { command -v "$1" >/dev/null 2>&1; }
