# Runs a server ("$@") while at least one process listed in "$1/owners" (one pid a line) lives, then stops it.
# Started with: bash -c "<this script>" <name>-watchdog <run directory> <state file> <command...>
# The state file (in the run directory, e.g. credentials.json) tells joining JVMs that the server is theirs to use;
# while the server stops it is renamed to <state file without .json>.stopping, then removed.
run=$1
state=$2
stopping="${state%.json}.stopping"
shift 2
if command -v setsid >/dev/null 2>&1; then
	# a process group of its own, so that stopping reaches the launcher script and the JVM it starts
	setsid "$@" </dev/null &
	server=$!
	target="-$server"
else
	"$@" </dev/null &
	server=$!
	target="$server"
fi
echo "watchdog: server pid $server, stops when the processes in $run/owners have ended"

owners_alive() {
	while read -r pid; do
		[ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && return 0
	done <"$run/owners"
	return 1
}

stop() {
	trap '' TERM INT HUP
	kill -TERM -- "$target" 2>/dev/null
	for _ in $(seq 1 30); do
		if ! kill -0 "$server" 2>/dev/null; then
			rm -f "$run/$stopping"
			exit 0
		fi
		sleep 1
	done
	echo "watchdog: server did not stop within 30 s, killing it"
	kill -KILL -- "$target" 2>/dev/null
	exit 0
}

trap stop TERM INT HUP
while kill -0 "$server" 2>/dev/null; do
	if ! owners_alive; then
		# Hide the state file so that no JVM starts using a server that is stopping. A JVM registers as an
		# owner before it reads it: if one did so meanwhile, it keeps the server running.
		mv -f "$run/$state" "$run/$stopping" 2>/dev/null
		owners_alive || break
		mv -f "$run/$stopping" "$run/$state" 2>/dev/null
	fi
	sleep 1
done
echo "watchdog: no owner left or the server exited; stopping"
stop
