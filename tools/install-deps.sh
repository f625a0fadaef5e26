#!/bin/bash
# install-deps.sh — install the Debian 12 packages policy_clauses needs to
# build, test, fuzz and demo. Idempotent: when every package is already
# installed it does not touch apt at all. Run as root, or as a user with sudo.
#
# The PostgreSQL version is $PG_MAJOR if set, else that of the installed
# pg_config ($PG_CONFIG), else the distribution's default version.
set -euo pipefail

if [ -z "${PG_MAJOR:-}" ] && command -v "${PG_CONFIG:-pg_config}" >/dev/null 2>&1; then
	PG_MAJOR=$("${PG_CONFIG:-pg_config}" --version | sed -E 's/^PostgreSQL ([0-9]+).*/\1/')
fi
if [ -n "${PG_MAJOR:-}" ]; then
	POSTGRESQL=("postgresql-$PG_MAJOR" "postgresql-server-dev-$PG_MAJOR")
else
	POSTGRESQL=(postgresql postgresql-server-dev-all)
fi

PACKAGES=(
	build-essential           # gcc, make
	"${POSTGRESQL[@]}"        # the server (and pg_virtualenv via postgresql-common);
	                          # pg_config, PGXS, server headers
	postgresql-contrib        # postgres_fdw for the scaling tests
	libpcre2-dev              # regular expressions in the analyzer
	python3-sklearn           # tools/train-classifier (with numpy and scipy)
	libxml2-dev               # HTML pages: policy_from_html, the CLI's .html files
	libmd4c-dev               # Markdown (CommonMark, GitHub tables): policy_from_markdown
	libexttextcat-dev         # language detection: policy_language
	libexttextcat-data        # its language fingerprints
	libcmocka-dev             # C unit tests
	libpq-dev                 # the command-line tool's bulk loader
	pkg-config
	python3                   # corpus evaluation tools
	clang                     # make fuzz: libFuzzer and sanitizers
	libclang-rt-14-dev
	valgrind
	debootstrap               # make test-matrix: Debian chroots with PostgreSQL 17 and 18
	iproute2                  # make test-matrix: the loopback of the chroots' own network
	libxml2-utils             # xmllint: the HTML reports' structural test
	chromium                  # the HTML reports' browser test (headless)
	fonts-dejavu-core         # text in chromium's screenshots
)

# Node.js and npm drive chromium in the reports' browser test; a machine
# that has them already (from any source) keeps its own.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
	PACKAGES+=(nodejs npm)
fi

# Collect the packages that are not installed yet.
missing=()
for pkg in "${PACKAGES[@]}"; do
	status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
	if [ "$status" != "install ok installed" ]; then
		missing+=("$pkg")
	fi
done

if [ ${#missing[@]} -eq 0 ]; then
	echo "install-deps: all ${#PACKAGES[@]} packages already installed"
	exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
	SUDO=()
elif command -v sudo >/dev/null 2>&1; then
	SUDO=(sudo)
else
	echo "install-deps: missing packages: ${missing[*]}" >&2
	echo "install-deps: run this script as root (or install sudo)" >&2
	exit 1
fi

echo "install-deps: installing ${missing[*]}"
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
if ! "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
	apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; then
	# chromium serves only the reports' browser test, which skips itself without it
	rest=()
	for pkg in "${missing[@]}"; do
		[ "$pkg" = chromium ] || rest+=("$pkg")
	done
	[ ${#rest[@]} -lt ${#missing[@]} ] || exit 1
	echo "install-deps: chromium could not be installed: the browser test will be skipped" >&2
	"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
		apt-get install -y -qq --no-install-recommends "${rest[@]}" >/dev/null
fi
echo "install-deps: done"
