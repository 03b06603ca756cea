#!/usr/bin/env bash
# Installed smoke test and start-up benchmark for the Linux package (issue 6).
#
#   installer/smoke-test.sh [--build] [--deb FILE] [--runs N] [--keep]
#
# Installs the .deb into a clean root (dpkg-deb -x into a temporary folder), then, with no network
# and the installed tree mounted read-only, as a user with an empty home and a bare environment:
#   1. runs the installed command-line launcher: relex make-test-model, relex pairs and relex
#      predict on the sample corpus that ships inside the package, and checks the output;
#   2. starts the installed desktop launcher under Xvfb on that sample, waits for its first window
#      and for the PyTorch engine, takes a screenshot, and closes it;
#   3. proves that nothing was fetched: every run above had no network at all, no log mentions a
#      download, and the only native libraries in the user's caches are the ones unpacked from the
#      jars of the package, byte for byte the same size;
#   4. measures the time from launch to the first window: once with the empty home (first start)
#      and then N more times (default 5), and prints the median; and prints the installed size.
#
# Without --deb it uses target/installer/relex-curator_*.deb, building it first with
# `mvn -B -ntp -Pinstaller package -DskipTests` when there is none or when --build is given.
# Takes about 2 minutes on a 2-core machine (plus about 4 for the build). Needs dpkg-deb, unshare
# (user namespaces, or root), xvfb-run with xauth, unzip, and ImageMagick's import for the
# screenshot. Why not dpkg -i: it would change the machine (/opt, the menu, /usr/bin/relex), needs
# xdg-utils, and leaves the question of a clean state; the maintainer scripts are syntax-checked
# instead, and everything they do is desktop registration, not needed to run the app.
set -euo pipefail

home_of_repo="$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)"
deb=""
build=false
runs=5
keep=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --build) build=true ;;
    --deb) deb="$(readlink -f "$2")"; shift ;;
    --runs) runs="$2"; shift ;;
    --keep) keep=true ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "smoke-test: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

started=$(date +%s)
fail() { echo "FAIL: $*" >&2; exit 1; }
pass() { echo "  ok  $*"; }
section() { echo; echo "== $* ($(( $(date +%s) - started )) s)"; }
now_ms() { date +%s%3N; }

for tool in dpkg-deb unshare xvfb-run xauth unzip; do
  command -v "$tool" >/dev/null || fail "$tool is not installed (see the header of $0)"
done

# --- the package ------------------------------------------------------------------------------
if [[ -z "$deb" ]]; then
  deb="$(ls "$home_of_repo"/target/installer/relex-curator_*.deb 2>/dev/null | head -1 || true)"
  if $build || [[ -z "$deb" ]]; then
    section "building the package: mvn -B -ntp -Pinstaller package -DskipTests"
    t0=$(date +%s)
    (cd "$home_of_repo" && mvn -B -q -ntp -Pinstaller package -DskipTests) \
      || fail "the installer build failed"
    echo "  built in $(( $(date +%s) - t0 )) s"
    deb="$(ls "$home_of_repo"/target/installer/relex-curator_*.deb | head -1)"
  fi
fi
[[ -f "$deb" ]] || fail "no package at $deb"

work="$(mktemp -d "${TMPDIR:-/tmp}/relex-smoke.XXXXXX")"
if $keep; then
  trap 'echo "work folder kept: $work"' EXIT
else
  trap 'rm -rf "$work"' EXIT
fi
root="$work/root"
install="$root/opt/relex-curator"
user_home="$work/home"
mkdir -p "$root" "$user_home" "$work/tmp" "$work/logs"

section "package $(basename "$deb")"
depends="$(dpkg-deb -f "$deb" Depends)"
[[ "$(dpkg-deb -f "$deb" Package)" == relex-curator ]] || fail "package name is not relex-curator"
for needed in libgtk-3-0 libgl1 libstdc++6 xdg-utils; do
  [[ ", $depends," == *", $needed,"* ]] || fail "Depends lacks $needed: $depends"
done
pass "declares its dependencies (libgtk-3-0, libgl1, libstdc++6, xdg-utils …)"
missing=""
for package in $(tr ',' '\n' <<<"$depends" | awk '{print $1}' | sort -u); do
  if ! dpkg-query -W -f '${Status}' "$package" 2>/dev/null | grep -q "ok installed"; then
    if [[ "$package" == xdg-utils ]]; then
      echo "  --  xdg-utils is not installed here; only the maintainer scripts (menu, file type) use it"
    else
      missing+=" $package"
    fi
  fi
done
[[ -z "$missing" ]] || fail "dependencies not installed on this machine:$missing"
pass "every library it depends on is installed here"
dpkg-deb -e "$deb" "$work/control"
for script in postinst prerm postrm preinst; do
  sh -n "$work/control/$script" || fail "$script is not valid sh"
done
grep -q "xdg-desktop-menu install .*RelEx_Curator.desktop" "$work/control/postinst" \
  || fail "postinst installs no menu entry"
grep -q "xdg-mime install" "$work/control/postinst" || fail "postinst registers no file type"
grep -q "update-alternatives --install /usr/bin/relex" "$work/control/postinst" \
  || fail "postinst puts no relex on PATH"
pass "maintainer scripts are valid sh: menu entry, .relex file type, /usr/bin/relex"

section "installing into a clean root"
t0=$(now_ms)
dpkg-deb -x "$deb" "$root"
echo "  extracted in $(( $(now_ms) - t0 )) ms"
gui_launcher="$install/bin/RelEx Curator"
cli_launcher="$install/bin/relex"
sample="$install/lib/app/samples/biored-dev-sample.pubtator"
for file in "$gui_launcher" "$cli_launcher"; do
  [[ -x "$file" ]] || fail "no launcher $file"
done
[[ -f "$sample" ]] || fail "the sample corpus is not in the package ($sample)"
grep -q "^MimeType=application/x-relex-project" "$install"/lib/*RelEx_Curator.desktop \
  || fail "the desktop entry does not open .relex files"
[[ $(ls "$install"/lib/*.desktop | wc -l) -eq 1 ]] \
  || fail "more than one desktop entry: $(ls "$install"/lib/*.desktop)"
grep -q 'glob pattern="\*.relex"' "$install"/lib/*MimeInfo.xml || fail "no *.relex mime glob"
pass "two launchers, the sample corpus, one desktop entry, the .relex file type"

# Every run of the app: no network, the installed tree read-only, an empty home, a bare
# environment. unshare maps the caller to root in a new user namespace, so this works unprivileged
# where user namespaces are allowed, and as root.
isolated() {
  unshare --map-root-user --mount --net -- /bin/sh -c \
    'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"' "$root" \
    env -i PATH=/usr/local/bin:/usr/bin:/bin HOME="$user_home" LANG=C.UTF-8 \
    TMPDIR="$work/tmp" \
    JAVA_TOOL_OPTIONS="-Duser.home=$user_home -Djava.io.tmpdir=$work/tmp ${EXTRA_JAVA_OPTIONS:-}" \
    "$@"
}

section "the sandbox"
isolated true || fail "cannot make the sandbox with unshare: run as root, or allow unprivileged user namespaces"
interfaces="$(isolated awk -F: 'NR > 2 { gsub(/ /, "", $1); print $1 }' /proc/net/dev | tr '\n' ' ')"
[[ "$interfaces" == "lo " ]] || fail "the sandbox has network interfaces: $interfaces"
if isolated bash -c 'exec 3<>/dev/tcp/1.1.1.1/443' 2>/dev/null; then
  fail "the sandbox can reach the network"
fi
pass "no network: only the loopback interface, and a connection to 1.1.1.1:443 fails"
if isolated touch "$install/lib/app/written" 2>/dev/null; then
  fail "the installed tree is writable in the sandbox"
fi
pass "the installed tree is read-only"

section "command line: the installed relex launcher"
log="$work/logs/cli.log"
t0=$(now_ms)
isolated "$cli_launcher" --version >"$log" 2>&1 || fail "relex --version failed: $(cat "$log")"
echo "  relex --version: $(grep -v JAVA_TOOL_OPTIONS "$log" | head -1) ($(( $(now_ms) - t0 )) ms)"
t0=$(now_ms)
isolated "$cli_launcher" make-test-model --out "$work/test-model" >>"$log" 2>&1 \
  || fail "relex make-test-model failed: $(tail -5 "$log")"
[[ -f "$work/test-model/config.json" ]] || fail "make-test-model wrote no config.json"
pass "relex make-test-model ($(( $(now_ms) - t0 )) ms)"
t0=$(now_ms)
isolated "$cli_launcher" pairs --out "$work/pairs.jsonl" "$sample" >>"$log" 2>&1 \
  || fail "relex pairs failed: $(tail -5 "$log")"
pairs=$(wc -l <"$work/pairs.jsonl")
[[ $pairs -gt 0 ]] || fail "relex pairs found no candidate pairs in the sample"
pass "relex pairs: $pairs candidate pairs ($(( $(now_ms) - t0 )) ms)"
t0=$(now_ms)
isolated "$cli_launcher" predict --model "$work/test-model" --out "$work/predictions.jsonl" \
  "$sample" >"$work/logs/predict.log" 2>&1 || fail "relex predict failed: $(tail -5 "$work/logs/predict.log")"
predict_ms=$(( $(now_ms) - t0 ))
predicted=$(wc -l <"$work/predictions.jsonl")
[[ $predicted -eq $pairs ]] || fail "relex predict wrote $predicted lines for $pairs pairs"
[[ $(grep -c '"prediction":{"label":"' "$work/predictions.jsonl") -eq $pairs ]] \
  || fail "some predictions have no label"
[[ $(grep -c '"test_model":true' "$work/predictions.jsonl") -eq $pairs ]] \
  || fail "some predictions do not say that they come from a test model"
grep -q "TEST MODEL: random weights" "$work/logs/predict.log" \
  || fail "relex predict did not warn about the test model"
pass "relex predict: $predicted predictions, each marked as from a test model; warning shown ($predict_ms ms)"

# One session of the desktop app under Xvfb, inside the sandbox. Prints the launch time (ms since
# the epoch) and leaves the app's output in the log. Closes the app once its first window showed,
# or, with wait_for_engine, once the PyTorch engine also started; then takes a screenshot.
gui_session() {
  local launcher="$1" sample="$2" log="$3" screenshot="$4" wait_for_engine="$5"
  local t0 pid i
  : >"$log"
  t0=$(date +%s%3N)
  "$launcher" "$sample" >"$log" 2>&1 &
  pid=$!
  echo "launched-at $t0"
  for i in $(seq 1 1200); do
    grep -q "first window shown" "$log" && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if [[ "$wait_for_engine" == true ]]; then
    for i in $(seq 1 1200); do
      grep -q "Number of intra-op threads" "$log" && break
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    sleep 2  # lets the window paint what the engine's arrival changed
  fi
  if [[ -n "$screenshot" ]] && command -v import >/dev/null; then
    import -window root "$screenshot"
  fi
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# Runs one desktop session; prints the milliseconds from launch to the first window.
desktop_run() {
  local log="$1" screenshot="$2" wait_for_engine="$3" launched shown
  launched=$(EXTRA_JAVA_OPTIONS="-Drelex.startup.report=true" isolated \
    xvfb-run -a -s "-screen 0 1280x800x24" \
    bash -c "$(declare -f gui_session); gui_session \"\$@\"" _ \
    "$gui_launcher" "$sample" "$log" "$screenshot" "$wait_for_engine" | awk '/launched-at/{print $2}')
  shown=$(sed -n 's/.*first window shown at epoch-ms \([0-9]*\),.*/\1/p' "$log")
  [[ -n "$shown" && -n "$launched" ]] || fail "the desktop app showed no window: $(tail -20 "$log")"
  echo $(( shown - launched ))
}

section "desktop app: the installed RelEx Curator launcher, first start"
first_ms=$(desktop_run "$work/logs/gui-first.log" "$work/first-window.png" true)
pass "first window after $first_ms ms (first start: empty home)"
grep -q "Found matching platform from: jar:file:$install/lib/app/pytorch-native-cpu-" \
  "$work/logs/gui-first.log" || fail "DJL did not take libtorch from the installed jar"
grep -q "Number of intra-op threads" "$work/logs/gui-first.log" \
  || fail "the PyTorch engine did not start: $(tail -20 "$work/logs/gui-first.log")"
pass "the PyTorch engine started from the installed pytorch-native-cpu jar"
[[ -f "$user_home/.local/share/relex-curator/default-project.relex" ]] \
  || fail "the app created no project file"
[[ -f "$user_home/.local/share/relex-curator/test-model/config.json" ]] \
  || fail "the app made no test model to fall back on"
pass "the app opened its project file and its fallback test model"
if [[ -f "$work/first-window.png" ]]; then
  spread=$(convert "$work/first-window.png" -colorspace gray -format '%[fx:standard_deviation]' info:)
  awk -v s="$spread" 'BEGIN { exit !(s > 0.05) }' || fail "the screenshot is blank (spread $spread)"
  pass "screenshot of the first window is not blank (grey spread $spread)"
fi

section "nothing fetched at run time"
if grep -il "download" "$work"/logs/*.log; then
  fail "a log mentions a download (files above)"
fi
pass "no log mentions a download"
[[ ! -e "$user_home/.cache/huggingface" ]] || fail "a Hugging Face cache appeared"
pass "no Hugging Face cache was created"
unexpected=$(cd "$user_home/.djl.ai" && find . -mindepth 2 -maxdepth 2 \
  | grep -v -E '^\./pytorch/[0-9.]+-[0-9]+-cpu-linux-x86_64$|^\./tokenizers/[0-9.]+-[0-9.]+-cpu-linux-x86_64$' || true)
[[ -z "$unexpected" ]] || fail "unexpected entries in DJL's cache: $unexpected"
torch_cache=$(ls -d "$user_home"/.djl.ai/pytorch/*-cpu-linux-x86_64)
while read -r size name; do
  [[ $(stat -c %s "$torch_cache/$(basename "$name")") -eq $size ]] \
    || fail "$name in DJL's cache differs from the installed jar's"
done < <(unzip -l "$install"/lib/app/pytorch-native-cpu-*.jar 'pytorch/cpu/*/lib*' \
  | awk '$4 ~ /^pytorch\/cpu\// {print $1, $4}')
pass "DJL's cache holds only libtorch and the tokenizer, unpacked from the installed jars"

section "start-up benchmark: launch to first window, $runs runs"
times=()
for run in $(seq 1 "$runs"); do
  ms=$(desktop_run "$work/logs/gui-$run.log" "" false)
  times+=("$ms")
  echo "  run $run: $ms ms"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}')

section "summary"
echo "  package         $(basename "$deb"): $(du -h "$deb" | cut -f1) ($(stat -c %s "$deb") bytes)"
echo "  installed       $(du -sh "$install" | cut -f1) in /opt/relex-curator (Installed-Size $(dpkg-deb -f "$deb" Installed-Size) KiB)"
echo "  per-user cache  $(du -sh "$user_home/.djl.ai" | cut -f1) in ~/.djl.ai (libtorch, tokenizer), $(du -sh "$user_home/.openjfx" | cut -f1) in ~/.openjfx (JavaFX), unpacked at first start"
echo "  first window    first start $first_ms ms; then median $median ms of $runs (${times[*]})"
echo "  relex predict   $predicted pairs with the test model in $predict_ms ms (JVM start included)"
echo "  machine         $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "PASS: installed smoke test ($(( $(date +%s) - started )) s)"
