#!/usr/bin/env bash
# Vendor the front-end assets Simpul ASN needs so the site works on a closed
# network (no CDN). Uses `npm pack`, which only downloads the tarballs: nothing
# is installed globally or into a node_modules tree.
#
# Usage: bash static/vendor/fetch.sh   (from anywhere; idempotent)
set -euo pipefail

BOOTSTRAP_VERSION="5.3.8"
ICONS_VERSION="1.13.2"
TURNDOWN_VERSION="7.2.5"
TURNDOWN_GFM_VERSION="1.0.2"
SWAGGER_UI_VERSION="5.36.0"

VENDOR_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TMP_DIR="$(mktemp -d)"
trap 'rm -rf "$TMP_DIR"' EXIT

FETCH_CMD="npm pack bootstrap@${BOOTSTRAP_VERSION} bootstrap-icons@${ICONS_VERSION} turndown@${TURNDOWN_VERSION} turndown-plugin-gfm@${TURNDOWN_GFM_VERSION} swagger-ui-dist@${SWAGGER_UI_VERSION}"

# Remove a trailing "/*# sourceMappingURL=... */" comment (CSS) or
# "//# sourceMappingURL=..." line (JS). We do not ship .map files, and a
# dangling reference makes browser dev tools request a missing file.
strip_sourcemap() {
    local f="$1"
    sed -i -E \
        -e 's#/\*[#@] sourceMappingURL=[^*]*\*/##g' \
        -e 's#^//[#@] sourceMappingURL=.*$##' \
        "$f"
    # Drop any trailing blank lines left behind.
    sed -i -e :a -e '/^\n*$/{$d;N;ba' -e '}' "$f"
    if grep -q 'sourceMappingURL' "$f"; then
        echo "error: sourceMappingURL still present in $f" >&2
        exit 1
    fi
}

echo "==> Fetching tarballs into $TMP_DIR"
(cd "$TMP_DIR" && $FETCH_CMD --silent >/dev/null)

mkdir -p "$TMP_DIR/bootstrap" "$TMP_DIR/icons" "$TMP_DIR/turndown" "$TMP_DIR/turndown-gfm" "$TMP_DIR/swagger-ui"
tar -xzf "$TMP_DIR/bootstrap-${BOOTSTRAP_VERSION}.tgz" -C "$TMP_DIR/bootstrap" --strip-components=1
tar -xzf "$TMP_DIR/bootstrap-icons-${ICONS_VERSION}.tgz" -C "$TMP_DIR/icons" --strip-components=1
tar -xzf "$TMP_DIR/turndown-${TURNDOWN_VERSION}.tgz" -C "$TMP_DIR/turndown" --strip-components=1
tar -xzf "$TMP_DIR/turndown-plugin-gfm-${TURNDOWN_GFM_VERSION}.tgz" -C "$TMP_DIR/turndown-gfm" --strip-components=1
tar -xzf "$TMP_DIR/swagger-ui-dist-${SWAGGER_UI_VERSION}.tgz" -C "$TMP_DIR/swagger-ui" --strip-components=1

# Sanity check: the unpacked packages are the versions we asked for.
for pair in "bootstrap:${BOOTSTRAP_VERSION}" "icons:${ICONS_VERSION}" "turndown:${TURNDOWN_VERSION}" \
            "turndown-gfm:${TURNDOWN_GFM_VERSION}" "swagger-ui:${SWAGGER_UI_VERSION}"; do
    dir="${pair%%:*}"; want="${pair#*:}"
    got="$(node -p "require('$TMP_DIR/$dir/package.json').version")"
    if [[ "$got" != "$want" ]]; then
        echo "error: $dir version $got, expected $want" >&2
        exit 1
    fi
done

echo "==> Installing into $VENDOR_DIR"
rm -rf "$VENDOR_DIR/bootstrap" "$VENDOR_DIR/bootstrap-icons" "$VENDOR_DIR/turndown" "$VENDOR_DIR/swagger-ui"
mkdir -p "$VENDOR_DIR/bootstrap/css" "$VENDOR_DIR/bootstrap/js" \
         "$VENDOR_DIR/bootstrap-icons/fonts"

# --- Bootstrap ---------------------------------------------------------------
cp "$TMP_DIR/bootstrap/dist/css/bootstrap.min.css"      "$VENDOR_DIR/bootstrap/css/"
cp "$TMP_DIR/bootstrap/dist/js/bootstrap.bundle.min.js" "$VENDOR_DIR/bootstrap/js/"
cp "$TMP_DIR/bootstrap/LICENSE"                         "$VENDOR_DIR/bootstrap/LICENSE"
strip_sourcemap "$VENDOR_DIR/bootstrap/css/bootstrap.min.css"
strip_sourcemap "$VENDOR_DIR/bootstrap/js/bootstrap.bundle.min.js"

# --- Bootstrap Icons ---------------------------------------------------------
cp "$TMP_DIR/icons/font/bootstrap-icons.min.css"         "$VENDOR_DIR/bootstrap-icons/"
cp "$TMP_DIR/icons/font/fonts/bootstrap-icons.woff2"     "$VENDOR_DIR/bootstrap-icons/fonts/"
cp "$TMP_DIR/icons/font/fonts/bootstrap-icons.woff"      "$VENDOR_DIR/bootstrap-icons/fonts/"
cp "$TMP_DIR/icons/LICENSE"                              "$VENDOR_DIR/bootstrap-icons/LICENSE"
strip_sourcemap "$VENDOR_DIR/bootstrap-icons/bootstrap-icons.min.css"

# Every url() in the icons CSS must be a relative fonts/ path that exists here.
# (The minified upstream CSS writes "fonts/..." and the unminified one
# "./fonts/..."; both resolve against the CSS file's own directory, so the
# layout bootstrap-icons/{bootstrap-icons.min.css,fonts/} works unchanged.)
icons_css="$VENDOR_DIR/bootstrap-icons/bootstrap-icons.min.css"
mapfile -t urls < <(grep -oE 'url\("?[^")]+"?\)' "$icons_css" | sed -E 's/^url\("?//; s/"?\)$//')
if [[ ${#urls[@]} -eq 0 ]]; then
    echo "error: no font url() found in $icons_css" >&2
    exit 1
fi
for u in "${urls[@]}"; do
    path="${u%%\?*}"          # drop the ?hash cache-buster
    case "$path" in
        ./fonts/*|fonts/*) ;;
        *) echo "error: unexpected font URL '$u' in $icons_css" >&2; exit 1 ;;
    esac
    if [[ ! -f "$VENDOR_DIR/bootstrap-icons/${path#./}" ]]; then
        echo "error: font URL '$u' does not resolve" >&2
        exit 1
    fi
done

# --- turndown (paste from Word / Google Docs -> Markdown) and its GFM plugin (tables) ---
# The browser builds (dist/*.js) define the globals TurndownService and turndownPluginGfm.
mkdir -p "$VENDOR_DIR/turndown"
cp "$TMP_DIR/turndown/dist/turndown.js"                  "$VENDOR_DIR/turndown/"
cp "$TMP_DIR/turndown/LICENSE"                           "$VENDOR_DIR/turndown/LICENSE"
cp "$TMP_DIR/turndown-gfm/dist/turndown-plugin-gfm.js"   "$VENDOR_DIR/turndown/"
cp "$TMP_DIR/turndown-gfm/LICENSE"                       "$VENDOR_DIR/turndown/LICENSE-turndown-plugin-gfm"
strip_sourcemap "$VENDOR_DIR/turndown/turndown.js"
strip_sourcemap "$VENDOR_DIR/turndown/turndown-plugin-gfm.js"

# --- swagger-ui-dist (the /api/docs page: the OpenAPI document read in the browser) --------------
# Only the self-contained browser bundle and its stylesheet: the page uses the BaseLayout (no
# standalone preset, no top bar), and static/js/api-docs.js starts it (no inline script).
mkdir -p "$VENDOR_DIR/swagger-ui"
cp "$TMP_DIR/swagger-ui/swagger-ui-bundle.js"              "$VENDOR_DIR/swagger-ui/"
cp "$TMP_DIR/swagger-ui/swagger-ui-bundle.js.LICENSE.txt"  "$VENDOR_DIR/swagger-ui/"
cp "$TMP_DIR/swagger-ui/swagger-ui.css"                    "$VENDOR_DIR/swagger-ui/"
cp "$TMP_DIR/swagger-ui/LICENSE"                           "$VENDOR_DIR/swagger-ui/LICENSE"
cp "$TMP_DIR/swagger-ui/NOTICE"                            "$VENDOR_DIR/swagger-ui/NOTICE"
strip_sourcemap "$VENDOR_DIR/swagger-ui/swagger-ui-bundle.js"
strip_sourcemap "$VENDOR_DIR/swagger-ui/swagger-ui.css"

# --- Provenance --------------------------------------------------------------
cat > "$VENDOR_DIR/VERSIONS.txt" <<TXT
Vendored front-end assets for Simpul ASN (no CDN; closed network).
Regenerate with: bash static/vendor/fetch.sh

package          version  licence  directory
bootstrap        ${BOOTSTRAP_VERSION}    MIT      static/vendor/bootstrap/        (see bootstrap/LICENSE)
bootstrap-icons  ${ICONS_VERSION}   MIT      static/vendor/bootstrap-icons/  (see bootstrap-icons/LICENSE)
turndown         ${TURNDOWN_VERSION}    MIT      static/vendor/turndown/         (see turndown/LICENSE)
turndown-plugin-gfm ${TURNDOWN_GFM_VERSION} MIT   static/vendor/turndown/         (see turndown/LICENSE-turndown-plugin-gfm)
swagger-ui-dist  ${SWAGGER_UI_VERSION}   Apache-2.0 static/vendor/swagger-ui/    (see swagger-ui/LICENSE, NOTICE)

Source: npm registry ($(npm config get registry))
Fetched with: ${FETCH_CMD}
Files copied: bootstrap dist/css/bootstrap.min.css, dist/js/bootstrap.bundle.min.js,
  LICENSE; bootstrap-icons font/bootstrap-icons.min.css,
  font/fonts/bootstrap-icons.woff2, font/fonts/bootstrap-icons.woff, LICENSE;
  turndown dist/turndown.js, LICENSE; turndown-plugin-gfm dist/turndown-plugin-gfm.js, LICENSE;
  swagger-ui-dist swagger-ui-bundle.js (+ .LICENSE.txt of its bundled parts), swagger-ui.css,
  LICENSE, NOTICE.
Source maps are not shipped; the trailing sourceMappingURL comments were removed.
TXT

echo "==> Done"
