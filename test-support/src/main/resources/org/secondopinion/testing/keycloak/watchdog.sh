# Runs Keycloak ("$@") while at least one process listed in "$1/owners" (one pid a line) lives, then stops it.
# Started with: bash -c "<this script>" keycloak-watchdog <run directory> <kc.sh> <options...>
run=$1
shift
if command -v setsid >/dev/null 2>&1; then
	# a process group of its own, so that stopping reaches kc.sh and the JVM it starts
	setsid "$@" </dev/null &
	keycloak=$!
	target="-$keycloak"
else
	"$@" </dev/null &
	keycloak=$!
	target="$keycloak"
fi
echo "watchdog: Keycloak pid $keycloak, stops when the processes in $run/owners have ended"

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
		if ! kill -0 "$keycloak" 2>/dev/null; then
			rm -f "$run/credentials.stopping"
			exit 0
		fi
		sleep 1
	done
	echo "watchdog: Keycloak did not stop within 30 s, killing it"
	kill -KILL -- "$target" 2>/dev/null
	exit 0
}

trap stop TERM INT HUP
while kill -0 "$keycloak" 2>/dev/null; do
	if ! owners_alive; then
		# Hide the credentials so that no JVM starts using a Keycloak that is stopping. A JVM registers as an
		# owner before it reads them: if one did so meanwhile, it keeps Keycloak running.
		mv -f "$run/credentials.json" "$run/credentials.stopping" 2>/dev/null
		owners_alive || break
		mv -f "$run/credentials.stopping" "$run/credentials.json" 2>/dev/null
	fi
	sleep 1
done
echo "watchdog: no owner left or Keycloak exited; stopping"
stop
