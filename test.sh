#!/usr/bin/env bash
# The one test command: installs what the tests need on a fresh machine, then runs every test.
set -euo pipefail
cd "$(dirname "$0")"
dotnet test ServiceDeskBot.sln --configuration Release --logger "console;verbosity=normal" "$@"
