#!/bin/sh
# Install HeelCoach from this folder for the current user: the app under
# ~/.local/lib/heelcoach, the command ~/.local/bin/heelcoach, and the desktop's menu entry.
#   ./install.sh              install (again, over an older one)
#   ./install.sh --uninstall  take it all out again (the journal stays)
# Only a folder that carries the bundle's marker is ever replaced or removed: whatever
# else is at ~/.local/lib/heelcoach is the user's, and is left alone.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
target="$HOME/.local/lib/heelcoach"
bin="$HOME/.local/bin"
marker=".heelcoach-bundle"

ours() {  # a folder this script made (its marker is in it), or nothing there at all
    [ ! -e "$1" ] && [ ! -L "$1" ] || { [ -d "$1" ] && [ ! -L "$1" ] && [ -f "$1/$marker" ]; }
}

if [ "${1:-}" = "--uninstall" ]; then
    if ! ours "$target"; then
        echo "$target is not a HeelCoach bundle installed by this script: left alone." >&2
        exit 1
    fi
    if [ -x "$target/heelcoach" ]; then
        "$target/heelcoach" --uninstall-desktop || true
    fi
    rm -rf "$target"
    if [ -L "$bin/heelcoach" ] && [ "$(readlink "$bin/heelcoach")" = "$target/heelcoach" ]; then
        rm -f "$bin/heelcoach"  # ours only: another heelcoach there is left alone
    fi
    echo "HeelCoach is uninstalled. Your journal stays in its data folder."
    exit 0
fi

if [ -e "$bin/heelcoach" ] && [ "$(readlink "$bin/heelcoach")" != "$target/heelcoach" ]; then
    echo "$bin/heelcoach exists and is not this bundle's (a pip install?): move it aside first." >&2
    exit 1
fi
for folder in "$target" "$target.new"; do
    if ! ours "$folder"; then
        echo "$folder is not a HeelCoach bundle installed by this script: move it aside first." >&2
        exit 1
    fi
done
rm -rf "$target.new"  # a stale one, from an install that was stopped: never merged
mkdir -p "$target.new" "$bin"
echo "Everything in this folder is HeelCoach's, put here by its install.sh." > "$target.new/$marker"
cp -a "$here/HeelCoach/." "$target.new/"
rm -rf "$target"
mv "$target.new" "$target"
ln -sf "$target/heelcoach" "$bin/heelcoach"
"$target/heelcoach" --install-desktop
echo "Installed: run heelcoach, or find HeelCoach in your desktop's menu."
case ":$PATH:" in
    *":$bin:"*) ;;
    *) echo "($bin is not on your PATH: add it, or run $bin/heelcoach.)" ;;
esac
