#!/usr/bin/env bash
# The two commands of the README, on a fresh Debian bookworm machine:
#   bash cmake/run.sh tour   builds and runs the tour (for x86_64 and for i386)
#   bash cmake/run.sh test   builds and runs every test
# Each first installs the Debian packages it needs that are missing (as root, or via sudo).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

what="${1:-}"
case "$what" in
  tour) packages="cmake g++ g++-12-multilib libboost1.81-dev libfmt-dev" ;;
  test) packages="cmake g++ g++-12-multilib libboost1.81-dev libfmt-dev catch2 clang-16 dwarves python3 time valgrind libxml2-utils libclang-rt-16-dev g++-12-arm-linux-gnueabihf g++-12-aarch64-linux-gnu g++-mingw-w64-x86-64 golang-go libc++-16-dev libc++abi-16-dev xxd libcli11-dev nlohmann-json3-dev zlib1g-dev libsqlite3-dev libpng-dev libx11-dev libssl-dev libexpat1-dev uuid-dev libffi-dev" ;;
  *) echo "usage: bash cmake/run.sh tour|test" >&2; exit 2 ;;
esac

missing=""
for package in $packages; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing="$missing $package"
done
if [ -n "$missing" ]; then
  echo "memlayout: installing$missing"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
fi

# Some kernels are built without IA-32 emulation: i386 programs then run under qemu-i386.
probe="$(mktemp -d)"
echo 'int main() { return 0; }' > "$probe/probe.cpp"
m32_runner=""
if g++ -m32 "$probe/probe.cpp" -o "$probe/probe" 2>/dev/null && ! "$probe/probe" 2>/dev/null; then
  m32_runner="qemu-i386"
  if ! command -v qemu-i386 > /dev/null; then
    echo "memlayout: this kernel does not run i386 programs; installing qemu-user to run them"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends qemu-user
  fi
fi
rm -rf "$probe"

case "$what" in
  tour)
    cmake --preset tour --log-level=WARNING
    cmake --build --preset tour
    ./build/tour/examples/tour
    echo
    $m32_runner ./build/tour/examples/tour_m32
    ;;
  test)
    cmake --workflow --preset test --fresh
    ;;
esac
