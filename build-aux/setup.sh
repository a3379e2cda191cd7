# setup.sh: what both quick-start commands do first. Sourced, not run.
#
# Installs the Debian 12 packages Lodestar needs that are missing (with sudo
# when not root), so that a fresh machine needs nothing but this checkout.

LODESTAR_PACKAGES="
  gcc meson ninja-build pkg-config gettext
  libglib2.0-dev libglib2.0-bin libgtk-4-dev libsqlite3-dev libjson-glib-dev
  libcairo2-dev libpango1.0-dev
  desktop-file-utils appstream shared-mime-info hicolor-icon-theme adwaita-icon-theme
  fonts-noto-cjk fonts-dejavu-core
"
LODESTAR_TEST_PACKAGES="
  xvfb xauth dbus dbus-x11 at-spi2-core sqlite3 graphviz poppler-utils
  libxml2-utils libgtk-4-bin clang libclang-rt-14-dev
"

lodestar_missing_packages () {
  local missing="" p
  for p in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
      missing="$missing $p"
    fi
  done
  echo "$missing"
}

lodestar_install_packages () {
  local missing
  missing=$(lodestar_missing_packages "$@")
  [ -z "$missing" ] && return 0
  echo "Installing:$missing" >&2
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  # shellcheck disable=SC2086
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

# Configures (once) and builds a build directory: lodestar_build DIR [MESON OPTIONS…]
# A directory configured before (by the other command) takes the options
# again, so that, say, run-lodestar's prefix holds after run-tests.
lodestar_build () {
  local dir=$1; shift
  local log
  if [ ! -f "$dir/build.ninja" ]; then
    meson setup "$dir" "$@" >/dev/null
  elif [ $# -gt 0 ]; then
    meson configure "$dir" "$@" >/dev/null
  fi
  if ! log=$(ninja -C "$dir" 2>&1); then
    printf '%s\n' "$log" | grep -v '^\[' | tail -n 40 >&2
    echo "The build in $dir failed." >&2
    return 1
  fi
}
