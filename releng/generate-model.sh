#!/usr/bin/env bash
# Regenerates the EMF model code (src-gen/) of every bundle with a model/*.genmodel.
# Generated code is committed; run this after changing an .ecore or .genmodel.
# With --check, fails when the committed code differs from what the models generate.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"
mapfile -t genmodels < <(find bundles -path '*/model/*.genmodel' | sort)
./mvnw -B -q -f releng/emf-codegen/pom.xml compile exec:java -Dexec.args="${genmodels[*]}"
if [ "${1:-}" = "--check" ]; then
  git diff --exit-code -- 'bundles/*/src-gen' 'bundles/*/plugin.xml' \
    || { echo "generate-model.sh: the committed src-gen/ differs from the models; run releng/generate-model.sh" >&2; exit 1; }
  untracked=$(git ls-files --others --exclude-standard -- 'bundles/*/src-gen')
  [ -z "$untracked" ] || { echo "generate-model.sh: generated files not committed: $untracked" >&2; exit 1; }
fi
