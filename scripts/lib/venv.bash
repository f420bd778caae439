# shellcheck shell=bash
# Shared by scripts/start and scripts/test: make sure .venv exists and is up to date.
#
#   ensure_venv EXTRAS   EXTRAS is "" for the app alone or "test" for the test tools too.
#
# The venv is (re)installed when it is new, or when pyproject.toml is newer than the
# stamp file left by the last successful install.

SAFESPACE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SAFESPACE_VENV="$SAFESPACE_ROOT/.venv"

_python_is_new_enough() {
    "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' >/dev/null 2>&1
}

_find_python() {
    local candidate
    for candidate in ${PYTHON:-} python3 python3.13 python3.12 python3.11; do
        if command -v "$candidate" >/dev/null 2>&1 && _python_is_new_enough "$candidate"; then
            command -v "$candidate"
            return 0
        fi
    done
    return 1
}

ensure_venv() {
    local extras="${1:-}"
    local stamp="$SAFESPACE_VENV/.safespace-installed${extras:+-$extras}"
    local target="."
    [ -n "$extras" ] && target=".[$extras]"

    if [ -x "$SAFESPACE_VENV/bin/python" ] && ! _python_is_new_enough "$SAFESPACE_VENV/bin/python"; then
        echo "The existing .venv uses a Python older than 3.11." >&2
        echo "Remove the .venv folder and run this script again." >&2
        exit 1
    fi

    if [ ! -x "$SAFESPACE_VENV/bin/python" ]; then
        local python
        if ! python="$(_find_python)"; then
            echo "SafeSpace Desktop needs Python 3.11 or newer, and none was found." >&2
            echo "Install it (on Debian or Ubuntu: sudo apt-get install python3 python3-venv)," >&2
            echo "or point the PYTHON variable at one: PYTHON=/path/to/python3.12 $0" >&2
            exit 1
        fi
        echo "Creating .venv with $python ($("$python" -V 2>&1))…" >&2
        if ! "$python" -m venv "$SAFESPACE_VENV"; then
            rm -rf "$SAFESPACE_VENV"
            echo "Could not create a virtual environment." >&2
            echo "On Debian or Ubuntu: sudo apt-get install python3-venv" >&2
            exit 1
        fi
        rm -f "$SAFESPACE_VENV"/.safespace-installed*
    fi

    if [ ! -f "$stamp" ] || [ "$SAFESPACE_ROOT/pyproject.toml" -nt "$stamp" ]; then
        echo "Installing SafeSpace Desktop and its dependencies into .venv…" >&2
        (cd "$SAFESPACE_ROOT" && "$SAFESPACE_VENV/bin/python" -m pip install \
            --disable-pip-version-check --quiet -e "$target" </dev/null)
        touch "$stamp"
        # The test extras include everything the app needs.
        [ -n "$extras" ] && touch "$SAFESPACE_VENV/.safespace-installed"
    fi
    return 0
}
