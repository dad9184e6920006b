#!/bin/sh
# Trunk's pre-build hook (Trunk.toml): makes the app's one style sheet,
# target/style/switchboard.css, by inlining each `@import "x.css";` line of
# style/switchboard.css with that file. Trunk 0.21 copies a CSS file as it is and does not
# follow @import, and one sheet per file cost 32 requests before the first paint.
set -eu
root="${TRUNK_SOURCE_DIR:-.}"
src="$root/style"
out="$root/target/style"
mkdir -p "$out"
tmp="$out/switchboard.css.part"
: > "$tmp"
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in
    '@import "'*'";')
      file=${line#@import \"}
      file=${file%\";}
      if [ ! -f "$src/$file" ]; then
        echo "style/bundle.sh: style/switchboard.css imports $file, which is not in style/" >&2
        exit 1
      fi
      printf '/* %s */\n' "$file" >> "$tmp"
      cat "$src/$file" >> "$tmp"
      printf '\n' >> "$tmp"
      ;;
    *) printf '%s\n' "$line" >> "$tmp" ;;
  esac
done < "$src/switchboard.css"
mv "$tmp" "$out/switchboard.css"
