# Shared by test.sh, scripts/ and benchmarks/ (sourced, not run): a free loopback port for a server a script starts,
# and running PostgreSQL's tools as the package's postgres user when the script runs as root (the server refuses root).

# Prints a loopback TCP port nothing listens on (a random one, so parallel runs rarely collide); fails after 40 tries.
free_port() {
  local p
  for p in $(shuf -i 20000-59999 -n 40); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
  done
  return 1
}

as_pg() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
