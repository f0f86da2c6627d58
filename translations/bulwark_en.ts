<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CliApplication</name>
    <message>
        <source>bulwark-cli: unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: bulwark-cli &lt;command&gt; [options]

Bulwark inspects Docker hosts for security risks. Scans are read-only.

Commands:
  scan     Take a snapshot of a Docker host (--format json|table|sarif) and keep it in
           the scan history (--no-store to skip, --db FILE to choose the database)
  history  List the stored scans with score and severity counts
           ([--host URL] [--limit N] [--format table|json])
  history prune
           Remove old scans ([--older-than DAYS] [--keep N] [--host URL] [--vacuum])
  diff     What changed between two stored scans of a host
           ([--host URL] [--from ID] [--to ID] [--format table|json])
  report   Write an audit report of a stored scan
           (--format pdf|html|json|csv|sarif|junit --output FILE [--scan ID | --latest]
           [--host URL] [--reviewer NAME])
  waivers  Accepted risks and false positives: list, export or import a policy file, revoke
           (list [--all] | export [FILE] | import FILE | revoke ID) [--host URL]
  hosts    List the Docker hosts found in the docker CLI configuration
  rules    List the security rules (--format table|json)
  logs     Show or follow container logs (--follow, --tail, --since, --format text|jsonl)
  events   Follow the daemon&apos;s events, flagging security-relevant ones (--since, --until)
  plan     A remediation plan for a host, biggest score reduction first
           (--format markdown|json, --output FILE)
  fix      How to fix one container (fix CONTAINER [--rule ID]); --verify rescans it after
           you recreated it and exits 0 when its findings are resolved

The scan history is --db FILE, else $BULWARK_DB, else bulwark/bulwark.db in the
user&apos;s application-data directory.

Options:
  -h, --help       Show this help (&quot;bulwark-cli &lt;command&gt; --help&quot; for a command)
  -v, --version    Show the version

Exit codes: 0 success, 1 error, 2 usage error, 3 findings at or above --fail-on.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulwark-cli %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;bulwark-cli %1 --help&quot; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulwark-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeChange</name>
    <message>
        <source>your compose file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 (project %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the line &quot;%1:&quot; (and its entries)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContainerVerifier</name>
    <message>
        <source>The verification was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No container on %1 is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the container was recreated with the same name (or compose service), and is on this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContextStore</name>
    <message>
        <source>The docker context &quot;%1&quot; does not exist (looked for %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;docker context ls&quot; to see the contexts, or check DOCKER_CONFIG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The context store entry %1 names &quot;%2&quot;, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The context store is inconsistent; recreate the context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read docker context metadata %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix or remove the file, or recreate the context with &quot;docker context create&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the context has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the context has no docker endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the docker endpoint is not an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurlErrorMapper</name>
    <message>
        <source>Access to the Docker socket is root-equivalent: whoever can use it controls the host. Run Bulwark with sudo, or have an administrator grant access deliberately (the docker group gives full root access); a rootless Docker daemon avoids this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon at %1 requires a TLS client certificate, and none was given (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass --tls-cert and --tls-key (or set DOCKER_CERT_PATH to a directory with cert.pem and key.pem).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon at %1 rejected the client certificate %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate must be signed by the CA the daemon trusts (its --tlscacert) and be valid for client authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified against the system&apos;s trusted CAs (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified with the CA certificate %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the CA that signed the daemon&apos;s certificate (--tls-ca / ca.pem), and connect by a name or IP address listed in that certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate or key could not be used (%1, %2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the certificate and key are PEM files that belong together and that the key is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate %1 could not be loaded (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the CA file is a PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not speak TLS (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon listens without TLS on this port; connect without TLS only if you trust the network, or enable --tlsverify on the daemon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the CA, client certificate and key, and that the daemon runs with --tlsverify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Docker socket at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the Docker daemon (systemctl start docker), or choose another host with --host, --context or DOCKER_HOST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied opening the Docker socket %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is listening on the Docker socket %1 (connection refused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused by %1:%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The socket file is stale: the daemon is not running. Start it and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the daemon listens on that address and port (dockerd -H) and that no firewall blocks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point Bulwark at the daemon&apos;s socket (dockerd -H unix://...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is unreachable (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network route to the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the host is up and the port is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the Docker daemon is running and reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling of the host, or use its IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer %2 in time (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon may be overloaded or hung; retry, or raise the timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to %1 from %2 is larger than the %3 MiB limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not normal for a Docker Engine; check what serves this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 closed before the answer to %2 was complete (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the daemon uses TLS, connect with TLS (--tls-ca, --tls-cert, --tls-key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon may have restarted; retry the scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 broke during %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 to %2 failed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry; if it keeps failing, report it with this message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon at %1 requires TLS (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect with TLS: give --tls-ca, --tls-cert and --tls-key, or use the docker context that has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon refused the API version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unset DOCKER_API_VERSION, or upgrade the daemon or Bulwark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An authorization plugin or a proxy in front of the daemon refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object may have been removed while the scan ran; scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon reported an internal error; check its log (journalctl -u docker).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the daemon&apos;s message above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2 with HTTP %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2 with HTTP %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>Compare two stored scans of a host: findings new, resolved and unchanged, containers added and removed, score changes. By default the two most recent scans of the host (or of the only host in the database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker host (the URL scanned); needed when the database holds several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The older scan (an id from bulwark-cli history); default: the scan before --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newer scan; default: the host&apos;s most recent scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table or json (schema bulwark.diff/1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to take scan ids (bulwark-cli history lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan %1 is of %2, not of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scans are stored yet: run bulwark-cli scan twice, then compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database holds scans of several hosts (%1): choose one with --host, or scans with --from and --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scan of %1 is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one scan of %1 is stored: run another scan to have something to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan %1 is the oldest stored scan of %2: there is nothing before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to name the same scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (use table or json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulwark-cli: there is no scan database at %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  what to do: store two scans (bulwark-cli scan), or name the database with --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulwark-cli diff: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngineClient</name>
    <message>
        <source>The TLS %1 file %2 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path (DOCKER_CERT_PATH, the context&apos;s TLS files or --tls-ca/--tls-cert/--tls-key) and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TLS client certificate needs both the certificate and its key; only one was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both --tls-cert and --tls-key (cert.pem and key.pem).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon&apos;s answer to %1 is not valid JSON (%2 bytes; %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response was truncated or is not from a Docker Engine; check that the host points at a Docker daemon and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:// hosts are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request did not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered, but not like a Docker Engine (no Api-Version header on /_ping).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the host and port; this looks like a different service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker Engine at %1 speaks API %2; Bulwark needs at least %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade the Docker Engine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngineEvent</name>
    <message>
        <source>The stored event is not a bulwark.event/1 document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EolDatabase</name>
    <message>
        <source>The end-of-life table %1 is invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventClassifier</name>
    <message>
        <source>Privileged exec into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exec as root (-u %1) into %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exec as root (the container&apos;s user) into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privileged container %1 started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container %1 started with the daemon socket %2 mounted: it controls the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventJournal</name>
    <message>
        <source>Recording the host %1 for its events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events need the URL of their host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the host before following its events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host %1 vanished from %2 while it was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; another Bulwark may have pruned the history at that moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Journaling %n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Host #%1 is not in %2; its events cannot be journaled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have been pruned; reconnect to the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the journaled events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journaled event in %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database may be damaged: restore it from a backup or move it aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the journaled events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventParser</name>
    <message>
        <source>An event from the daemon is not a JSON object (%1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the host is a Docker Engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event from the daemon has no Action.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventStream</name>
    <message>
        <source>Ignored an event that could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnected to %1; the event feed continues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following the events of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event from %1 is longer than %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the host is a Docker Engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon closed the event feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event feed of %1 broke: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsCommand</name>
    <message>
        <source>Follow the daemon&apos;s events, like docker events. Security-relevant events (privileged exec, exec as root, privileged or daemon-socket containers started, images deleted) are also reported on standard error, or flagged in the jsonl objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the events since TIME (the daemon keeps the last few hundred): a Unix time, an RFC 3339 time or date, or a duration before now such as 10m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop at TIME (same forms as --since); without it the feed is followed until Ctrl-C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output: text (as docker events) or jsonl (one bulwark.event/1 object per event).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events matching KEY=VALUE, as docker events --filter (type, event, container, image, label, network, volume, daemon). Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survive daemon restarts and network cuts, resuming without repeating an event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (use text or jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since: cannot read the time &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until: cannot read the time &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--filter takes KEY=VALUE, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulwark-cli: security (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulwark-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixCommand</name>
    <message>
        <source>Show how to fix a container&apos;s findings: the docker run flags to remove and add, the compose YAML, Dockerfile lines, and the full docker run command that recreates it fixed. With --verify, rescan it after you recreated it: exit 0 when its findings (or the --rule one) are resolved, 1 otherwise. Bulwark changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this rule (e.g. BW-C003).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescan the container and report each finding resolved or still present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy file (bulwark.policy/1): severities, weights, thresholds and waivers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout for each request to the daemon, in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container name, compose identity or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the container to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one container at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown rule &quot;%1&quot; (bulwark-cli rules lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulwark-cli: no container on %1 is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  what to do: give its name, its compose identity (compose:PROJECT/SERVICE#N) or the start of its id; docker ps -a lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), risk score %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings: nothing to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not fire on %2: nothing to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate the container with these changes (Bulwark does not do it for you):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  # It comes from compose: prefer editing %1 as shown above and running docker compose up -d %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then check: bulwark-cli fix %1 --verify%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, CIS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  docker run, remove: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  docker run, add:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  image:              %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  compose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Dockerfile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  daemon.json:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stored scan has %1 (%2): every finding it has now counts as open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying %1 (%2), now container %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, against %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved     </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new          </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 resolved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>List the stored scans, newest first, with the host score and the findings by severity. &quot;bulwark-cli history prune --help&quot; explains retention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the scans of this Docker host (the URL scanned).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N scans (0: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table or json (schema bulwark.history/1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (use table or json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a number of scans (0 for all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulwark-cli: no scan of %1 is stored: there is no scan database at %2 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scans stored in %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTED (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HIGH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INFO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONTAINERS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistorySeries</name>
    <message>
        <source>Reading the history series</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostEndpoint</name>
    <message>
        <source>Cannot understand the Docker host &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use unix:///path/to/docker.sock or tcp://host:port, as with docker -H.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a unix socket path must be absolute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward the remote socket first (ssh -nNT -L /tmp/remote-docker.sock:/var/run/docker.sock user@host) and connect to unix:///tmp/remote-docker.sock, or expose the daemon with TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect through a unix socket or tcp:// instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:// hosts are not supported by Bulwark yet (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown scheme &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials in the URL are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a query or fragment is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port is out of range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostOptions</name>
    <message>
        <source>--host and --context cannot be used together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--host needs a URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostResolver</name>
    <message>
        <source>The docker CLI configuration %1 is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the file; its currentContext setting was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both a host and a context were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --host or --context, not both (as with the docker CLI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--context argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOCKER_CONTEXT environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currentContext in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rootless Docker socket under $XDG_RUNTIME_DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--host argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOCKER_HOST environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default TLS address (DOCKER_TLS_VERIFY is set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default Docker socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The docker context &quot;%1&quot; has no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate it with docker context create --docker host=...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker context &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker context &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostScanner</name>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading engine information…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspecting containers and images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading networks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading volumes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detecting base operating systems…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking security rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon&apos;s %1 list is not a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the host is a Docker Engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container %1 was removed while the scan ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1 was removed while the scan ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history of image %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No container uses this image, so its files cannot be read without creating one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Docker host to connect to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one with --host or --context, or set DOCKER_HOST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Docker Engine could be reached; tried %1 hosts:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostsCommand</name>
    <message>
        <source>none (insecure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the Docker hosts known from --host/--context, DOCKER_HOST, DOCKER_CONTEXT, the docker CLI&apos;s config and context store, and the default and rootless sockets; mark the one a scan would use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (use json or table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 %2 %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONTEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectParser</name>
    <message>
        <source>The daemon returned a %1 document of an unexpected shape: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark expects a Docker Engine API (1.30 or newer); check what serves this address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogDemuxer</name>
    <message>
        <source>The log stream is not in the Docker Engine&apos;s multiplexed format (frame header %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A log frame announces %1 bytes, more than the %2 bytes any Docker logging driver writes at once; the stream is corrupt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log stream ended in the middle of a frame.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogOutput</name>
    <message>
        <source>bulwark-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogStream</name>
    <message>
        <source>The daemon&apos;s description of container %1 has no Id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the host is a Docker Engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container %1 was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log stream was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no container %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the name or id with `docker ps -a`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnected to %1; reading the log again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnected to %1; resuming the log from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the log of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the host is a Docker Engine and not a proxy that changes answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log stream of %1 broke: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost the connection to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container %1 started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container %1 stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container %1 stopped; waiting for it to start again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogsCommand</name>
    <message>
        <source>Show the logs of containers, like docker logs: stdout lines on stdout, stderr lines on stderr. With several containers each line is prefixed with its container&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep following the log until the container stops (or Ctrl-C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the last N lines (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only lines since TIME: a Unix time, an RFC 3339 time or date, or a duration before now such as 10m or 1h30m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only lines before TIME (same forms as --since).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the daemon&apos;s timestamp at the start of each line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output: text (as docker logs) or jsonl (one {time, container, stream, line} object per line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --follow: survive daemon restarts, network cuts and container restarts; resume without losing or repeating a line. Runs until Ctrl-C or the container is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container names or ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at least one container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (use text or jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tail takes a number of lines or &quot;all&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since: cannot read the time &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until: cannot read the time &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reconnect needs --follow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OsProbe</name>
    <message>
        <source>The archive of %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no ID field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image has no /etc/os-release (a scratch or distroless image?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>the host&apos;s whole filesystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host configuration, users and passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root&apos;s home directory and keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every container&apos;s data and the daemon&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host kernel and process interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host kernel and device interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host kernel and boot loader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host runtime sockets, including the Docker socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host programs and libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host libraries and kernel modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host system programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users&apos; home directories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kubelet&apos;s credentials and pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>containerd&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>Scan a Docker host and print a remediation plan: findings grouped by container, and the changes ordered by how much each lowers the risk score. Bulwark changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: markdown or json (schema bulwark.plan/1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the plan to FILE instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy file (bulwark.policy/1): severities, weights, thresholds and waivers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout for each request to the daemon, in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (use markdown or json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulwark-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulwark-cli: scan failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  what to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulwark-cli: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>The policy file %1 is invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See docs/risk-model.md for the policy format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the policy file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path given to --policy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PruneCommand</name>
    <message>
        <source>Remove stored scans older than DAYS or beyond the newest N of each host, in one transaction; --vacuum then gives the space back to the file system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove scans started more than DAYS days ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only the newest N scans of each host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only prune the scans of this Docker host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compact the database file afterwards (VACUUM; needs free space about its size).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what to remove: --older-than DAYS, --keep N, or only --vacuum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--older-than needs a number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keep needs a number of scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulwark-cli: there is no scan database at %1: nothing to prune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  what to do: name the database with --db FILE or BULWARK_DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n scan(s) from %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n host(s) left without scans</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Compacted %1: %2 KiB freed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReachableHost</name>
    <message>
        <source>No Docker host to connect to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one with --host or --context, or set DOCKER_HOST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Docker Engine could be reached; tried %1 hosts:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulwark-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  what to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemediationAdvisor</name>
    <message>
        <source>Stop running the container privileged and start it without any capability it does not ask for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give back only what the workload needs: --cap-add for single capabilities (e.g. NET_BIND_SERVICE) and --device for single devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the mount of the container runtime&apos;s socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the workload really needs the Docker API (a CI runner, a reverse proxy reading labels), give it a filtering socket proxy that allows only the calls it makes, never the socket itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the dangerous capabilities added with --cap-add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the workload fails without one of them, find the single operation that needs it; most have a narrower alternative (e.g. NET_BIND_SERVICE instead of NET_ADMIN for low ports).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HostConfig.CapDrop is empty: the %1 default capabilities stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop all capabilities and add back only those the workload uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --cap-drop ALL the container keeps no capability. Add back what it needs, e.g. --cap-add NET_BIND_SERVICE to listen below port 1024, or CHOWN, SETUID and SETGID for images that switch users when they start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --cap-drop ALL the container keeps only what --cap-add gives back (%1). Add back anything else it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config.User is empty; the image&apos;s USER is &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config.User is empty and the image sets no USER: uid 0 (root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove --user %1: the image&apos;s own user %2 is not root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the process as an unprivileged user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uid 1000 must be able to write where the process writes (volumes, bind mounts): chown those paths, or use the uid that owns them. The RUN line is for Alpine/BusyBox images; on Debian or Ubuntu use: RUN groupadd -g 1000 app &amp;&amp; useradd -u 1000 -g app app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the container must read %1, mount it read-only instead: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the mounts of sensitive host paths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the container its own network namespace on a user-defined network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the network first: docker network create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the ports other hosts must reach with -p, bound to one address (e.g. -p 127.0.0.1:8080:8080).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the container its own PID namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the container its own IPC namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers that must share memory with each other can use --ipc shareable and --ipc container:NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the container its own UTS namespace (hostname).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop opting out of user-namespace remapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This only protects anything when the daemon remaps users (userns-remap, see BW-D002).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount without shared propagation (the default, rprivate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the host devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If one device is really needed, pass only it with the least permissions, e.g. --device /dev/ttyUSB0:/dev/ttyUSB0:r.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the default seccomp filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the default AppArmor profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore SELinux labelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If one system call is missing, write a profile from Docker&apos;s default that adds it (--security-opt seccomp=profile.json) rather than turning the filter off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the workload is denied something, extend a profile rather than turn confinement off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forbid gaining privileges through setuid and setgid binaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the root filesystem read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the paths the application writes a tmpfs or a volume, e.g. --tmpfs /tmp (compose: tmpfs: [/tmp]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit the container&apos;s memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>512m is a starting point: size the limit from the container&apos;s peak in docker stats plus headroom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit the CPU the container may use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One CPU is a starting point: adjust it to the workload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit the number of processes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the ports on the loopback address only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If other machines must reach the service, bind the one address they use (e.g. -p 10.0.0.5:8080:80) or put a reverse proxy in front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish on an unprivileged host port (the port + 8000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients must use the new port; or keep the low port on a reverse proxy in front of the container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop exposing and publishing port 22.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a shell in the container use docker exec -it %1 sh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop running an SSH server in the container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the SSH server from the image (e.g. openssh-server) and from the command or entrypoint that starts it; use docker exec -it %1 sh for a shell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart on failure only, at most %1 times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop disabling the image&apos;s health check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config.Healthcheck is not set, and the image defines no HEALTHCHECK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a health check that tests the service itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you know what &quot;working&quot; means for this service. For example:
  docker run --health-cmd %1 --health-interval 30s --health-timeout 5s --health-retries 3 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the daemon&apos;s default ulimits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep an override only when the workload is known to need it (e.g. nofile for a database), and never above the host&apos;s limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the container to a user-defined network instead of the default bridge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the network first: docker network create %1, and attach the containers this one talks to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the container&apos;s logs, rotated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference the image by a version tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the image with its version (docker tag %1 NAME:VERSION) or pull a versioned tag, and create the container from that reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference the image the container runs by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the credentials out of the container&apos;s configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Rotate each credential: it was readable by anyone allowed to inspect the container.
2. Give the new value as a file: mount it read-only (-v /path/on/host/NAME:/run/secrets/NAME:ro, or compose secrets:) and have the application read it from there (many images accept NAME_FILE).
3. Recreate the container without the variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the container its own cgroup namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the container namespaces of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidecars that must share a namespace on purpose (a debugging tool, a service mesh proxy) can keep it: this rule is informational.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate the container so it runs the image its tag points to now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker compose up -d --force-recreate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the container and run it again with the command below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then recreate the container from the rebuilt image%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (docker compose up -d --build %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then apply it with: docker compose up -d %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an unprivileged user in the image and switch to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put USER after the steps that need root (package installs). The RUN line is for Alpine/BusyBox; on Debian or Ubuntu: RUN groupadd -g 1000 app &amp;&amp; useradd -u 1000 -g app app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until the image is rebuilt, run its containers with --user 1000:1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config.Healthcheck is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare how to tell that the service works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For an HTTP service, e.g.: HEALTHCHECK CMD wget -q --spider http://localhost:8080/health || exit 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use COPY for local files, and fetch remote files with a checked download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADD unpacks archives and fetches URLs implicitly; COPY copies exactly what it is given. The history shows only a hash of the source: take the file name from the Dockerfile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild the image without the credentials, and rotate them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Rotate every credential listed: anyone who pulled %1 can read it.
2. Pass build-time secrets with BuildKit secret mounts, which leave nothing in the image.
3. Rebuild, push, and delete the old tags and digests from the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild the image on a current base image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker build --pull --no-cache -t %1 .  (then recreate its containers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/etc/os-release: %1, end of life since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the image to a supported release of its base OS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package names and versions may change between releases: rebuild and test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the container and create it again with the same settings (docker compose up -d --force-recreate SERVICE for compose).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge this into /etc/docker/daemon.json (create it if missing), then restart the daemon: sudo systemctl restart docker. Without live-restore, restarting stops the running containers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine API at %1 without TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the TCP API only with mutual TLS (port 2376).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the CA and certificates first (https://docs.docker.com/engine/security/protect-access/). If the systemd unit passes -H, remove it there: hosts may be set in one place only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remap container root to an unprivileged host user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images and containers created before the change live in another storage area and are not visible after it; some containers (host namespaces, some volume permissions) need adjusting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/info SecurityOptions has no name=rootless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the daemon without root (rootless mode) where the workloads allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the user who will run Docker: dockerd-rootless-setuptool.sh install (package docker-ce-rootless-extras), then point clients at unix://$XDG_RUNTIME_DIR/docker.sock. Rootless mode has limits (no privileged ports without setup, some storage and network drivers); see https://docs.docker.com/engine/security/rootless/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep containers running while the daemon restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block traffic between containers on the default bridge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers that must talk to each other belong on a user-defined network, which icc does not affect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use TLS for every registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the registries certificates (a private CA goes in /etc/docker/certs.d/HOST:PORT/ca.crt) rather than listing them as insecure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn experimental features off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate container logs by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default applies to containers created afterwards: recreate the existing ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker Engine %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade Docker Engine to a supported release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade from Docker&apos;s repository (sudo apt-get update &amp;&amp; sudo apt-get install docker-ce docker-ce-cli containerd.io) or your distribution&apos;s current package; see https://docs.docker.com/engine/install/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to the overlay2 storage driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images and containers of the old driver are not carried over: push or save images and recreate containers after the switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/info SecurityOptions has no name=no-new-privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make no-new-privileges the default for every container.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemediationPlan</name>
    <message>
        <source>Fix &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remediation plan for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1, scanned %2. Host risk score: **%3**/100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark never changes a container by itself: each change below is for you to apply, then verify with `bulwark-cli fix CONTAINER --verify`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes, largest score reduction first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host score after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (CIS %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the daemon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 this removes %2 points: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1, %2 with everything below fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Write an audit report of a stored scan: PDF or HTML for people, JSON (schema bulwark.report/1), CSV (one row per finding), SARIF 2.1.0 or JUnit XML (one test case per container and rule) for tools. Without --scan, the latest scan of the host. Secrets appear only redacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report format: pdf, html, json, csv, sarif or junit (default: from the --output suffix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report to FILE (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report on the stored scan with this id (see bulwark-cli history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report on the latest scan of the host (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker host whose latest scan to report on (the URL scanned); needed when the database holds several hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the reviewer on the cover (default: the reviewer of the scan&apos;s review).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulwark-cli report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (use %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is needed: the suffix of &quot;%1&quot; names no report format (use %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scan and --latest exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scan needs a scan id (a positive number; see bulwark-cli history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no scan database at %1 yet: run bulwark-cli scan first, or name one with --db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan %1 is of %2, not of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scans are stored in %1 yet: run bulwark-cli scan first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database holds scans of several hosts (%1): choose one with --host, or a scan with --scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scan of %1 is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot render the %1 report: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the %1 report of scan %2 (%3) to %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportFile</name>
    <message>
        <source>too many levels of symbolic links; point --output at a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDecision</name>
    <message>
        <source>The decision names no rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fix needs an owner: who will make the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fix needs a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepting a risk needs a justification: why it is acceptable here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepting a risk needs an expiry date, so the decision is looked at again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date must lie after the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A false positive needs a justification: why the rule is wrong about this target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False positive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewStore</name>
    <message>
        <source>Starting a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review needs the reviewer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter who is reviewing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no scan %1 of host #%2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulwark-cli history lists the stored scans and their ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording a review decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no review %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review %1 is finished; it takes no more decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing review %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no open review %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the decisions of review %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the waivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking waiver %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no waiver %1 in force in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulwark-cli waivers list shows the waivers and their ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n waiver(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Host #%1 is not in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the host once (bulwark-cli scan) before importing its waivers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskModel</name>
    <message>
        <source>privileged and holding a daemon socket: full control of the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>privileged: root on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daemon socket: root on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unauthenticated API: root for anyone on the network</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleCatalogue</name>
    <message>
        <source>The rule catalogue %1 is invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the file; see docs/rules.md.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleEngine</name>
    <message>
        <source>host network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published port %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesCommand</name>
    <message>
        <source>List Bulwark&apos;s security rules with their CIS Docker Benchmark numbers, severities and remediation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show severities and enabled state as this policy file sets them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (use table or json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulwark-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>Environment variables are passed by name only (%1): --env NAME takes the value from the shell that runs the command, so export each one first. Bulwark never shows their values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH is left to the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label %1 holds a credential; it is left out: add it back without putting the secret on a command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container is also attached to %1: after it starts, run docker network connect NETWORK %2 for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command held a credential and shows it redacted: do not pass secrets on the command line; read them from a file or a secret instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health check held a credential and shows it redacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container was never started: docker create with the same arguments (without --detach) recreates it without starting it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanCommand</name>
    <message>
        <source>Take a read-only snapshot of a Docker host: engine, containers (with their security settings), images, networks and volumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table, json (schema bulwark.scan/1) or sarif (SARIF 2.1.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit with code 3 when a finding at or above SEVERITY exists (critical, high, medium, low, info).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the result to FILE instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout for each request to the daemon, in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrent requests to the daemon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not print progress to standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not keep this scan in the scan history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (use table, json or sarif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fail-on takes critical, high, medium, low or info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--parallel needs a number from 1 to 64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulwark-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulwark-cli: scan failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  what to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 is plain TCP without TLS: anyone on the network can control this daemon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulwark-cli: the scan was not stored in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  what to do: %1 (or pass --no-store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored as scan %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulwark-cli: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy file (bulwark.policy/1) overriding severities, weights and thresholds, and waiving accepted findings (docs/review.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the stored waivers of this host could not be read, so none apply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Applied %n stored waiver(s) of this host.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanDatabase</name>
    <message>
        <source>The scan database %1 was written by a newer Bulwark (schema %2; this version knows schema %3 at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark did not change it. Use the newer Bulwark, or choose another database file (--db or BULWARK_DB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the scan database %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions, or choose another database file (--db or BULWARK_DB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Bulwark scan database, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark did not change it. Move it aside to start a new history, or choose another file (--db or BULWARK_DB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan database %1 is truncated (%2 bytes where its header promises %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scan database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file: cannot use it as the scan database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file path with --db or BULWARK_DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no scan database at %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store a scan first (bulwark-cli scan), or choose the file with --db or BULWARK_DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the directory %1 for the scan database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the permissions of its parent, or choose another file with --db or BULWARK_DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the scan database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no Bulwark scan history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan database %1 was written by an older Bulwark (schema %2) and needs an upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store a scan first (bulwark-cli scan), or choose another file with --db or BULWARK_DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store a scan with this version once (bulwark-cli scan): it upgrades the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan database %1 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the file and its directory writable, choose another file with --db or BULWARK_DB, or skip storing (--no-store).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan database %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark did not change it. Move it aside to start a new history, or restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the scan database to schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan database %1 was upgraded by a newer Bulwark while opening it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the newer Bulwark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade the scan database %1 from schema %2 to %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark did not change it. It may not be a Bulwark database: choose another file (--db or BULWARK_DB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the scan database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan database %1 failed its integrity check: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark did not change it. Restore it from a backup, or move it aside to start a new history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compacting the scan database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the scan database %2 is damaged or not a database (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: another process kept the scan database %2 locked for more than %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the other Bulwark (a scan or a prune) to finish, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the disk holding the scan database %2 is full. Nothing of this write was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some space, or prune old scans (bulwark-cli history prune --older-than DAYS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the scan database %2 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the file and its directory writable, or choose another file with --db or BULWARK_DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: cannot open the scan database %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that its directory exists and is writable, or choose another file with --db or BULWARK_DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed for the scan database %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the disk and the file&apos;s permissions; bulwark-cli history lists what is stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanDiff</name>
    <message>
        <source>SEVERITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RULE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:  %1 (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:  scan %1, %2, host score %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:    scan %1, %2, host score %3 (%4)

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings: %1 new, %2 resolved, %3 unchanged. Containers: %4 added, %5 removed, %6 with a changed score.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
New findings (%1):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Resolved findings (%1):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Added containers (%1):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Removed containers (%1):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Score changes (%1):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BEFORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AFTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanStore</name>
    <message>
        <source>Listing the stored hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scan of %1 is stored in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulwark-cli history lists the hosts that have stored scans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 answered as %n different Docker engines (ids %2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the scans by id (--from and --to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the stored scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no scan %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulwark-cli history lists the stored scans and their ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading scan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention limits cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pruning old scans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanTable</name>
    <message>
        <source>Host:     %1 (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine:   Docker %1, API %2, %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned:  %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers: %1   Images: %2   Networks: %3   Volumes: %4

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(image default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RISK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRIVILEGED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PORTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Daemon %1 (score %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Container %1 (risk %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Image %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host score: %1/100   Findings: %2 critical, %3 high, %4 medium, %5 low, %6 info
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waived: %1 (shown, not scored)   Waiver expired: %2 (scored again)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>      WAIVED (%1 by %2, until %3): %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>      WAIVER EXPIRED %1 (%2 by %3): counted again
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanWriter</name>
    <message>
        <source>Saving the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan of %1 was not assessed by the rule engine, so it has no findings or scores to store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretDetector</name>
    <message>
        <source>private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS access key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON web token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection string with credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>[redacted, %n chars]</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1…%2 [redacted, %n chars]</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>credential assigned to a name like a secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential in a variable named like a secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreOptions</name>
    <message>
        <source>Scan history database (default: $BULWARK_DB, else %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulwark-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  what to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StreamControl</name>
    <message>
        <source>Reconnecting to %1 in %2 ms (attempt %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waiver</name>
    <message>
        <source>Risk accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False positive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaiverFile</name>
    <message>
        <source>The policy file %1 is invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See docs/review.md for the format of waivers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;waivers&quot; must be an array of objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an unknown field &quot;%2&quot; (known: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a &quot;rule&quot;, e.g. &quot;BW-C001&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names an unknown rule %2 (bulwark-cli rules lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs exactly one target: &quot;container&quot;, &quot;image&quot; or &quot;daemon&quot;: true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;daemon&quot; can only be true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must name the %2, e.g. %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;host&quot; must be a Docker engine id (docker info).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;kind&quot; must be &quot;accept-risk&quot; or &quot;false-positive&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a &quot;justification&quot;: why the finding does not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;reviewer&quot; must be a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be an ISO date such as &quot;2027-03-01&quot; or &quot;2027-03-01T12:00:00Z&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an accepted risk needs an &quot;expires&quot; date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expires before it was created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaiversCommand</name>
    <message>
        <source>Manage the waivers (accepted risks, false positives) stored with the scan history.
  waivers list [--host URL] [--all]      the waivers in force (--all: expired ones too)
  waivers export [--host URL] [FILE]     as a policy file (bulwark.policy/1), for version control
  waivers import [--host URL] FILE       from a policy file&apos;s &quot;waivers&quot; array
  waivers revoke ID                      withdraw one waiver
Later scans of the host show waived findings as waived and score without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker host (the URL scanned); needed when the history holds several hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: include expired waivers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: write to FILE instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, export, import or revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what to do: list, export, import or revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot; (use list, export, import or revoke)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs the policy FILE to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoke needs the waiver&apos;s ID (waivers list shows it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulwark-cli: there is no scan database at %1 yet, so no waivers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  what to do: scan a host (bulwark-cli scan) and review it, or import a policy file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulwark-cli: no host is stored in %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulwark-cli: %1 holds several hosts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  what to do: scan the host once (bulwark-cli scan), then import its waivers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  what to do: choose one with --host URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No waivers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(daemon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RULE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REVIEWER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JUSTIFICATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulwark-cli: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n waiver(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>bulwark-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host vanished from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulwark-cli: %1: the waiver of %2 on %3 is for the engine %4, not %5 (%6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the daemon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  what to do: choose that host with --host, or remove &quot;host&quot; from the entry to apply it to any host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n waiver(s) for %1; the next scan of the host applies them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>revoke needs the waiver&apos;s ID, a number (waivers list shows it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked waiver %1; the next scan counts its finding again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::Checks</name>
    <message>
        <source>HostConfig.Privileged is true: all %1 capabilities, every host device, no seccomp or AppArmor confinement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daemon socket mounted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cap-add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No --cap-drop: the %1 default capabilities stay (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config.User is &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config.User is empty and the image&apos;s USER is &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config.User is empty and the image sets no USER, so processes run as root (uid 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host paths mounted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HostConfig.NetworkMode is &quot;host&quot;: the container sees and binds the host&apos;s network interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HostConfig.PidMode is &quot;host&quot;: every host process is visible and can be signalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HostConfig.IpcMode is &quot;host&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HostConfig.UTSMode is &quot;host&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HostConfig.UsernsMode is &quot;host&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HostConfig.CgroupnsMode is &quot;host&quot; on a cgroup v2 host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares namespaces with another container: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount propagation shared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host devices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HostConfig.SecurityOpt contains seccomp=unconfined: every system call is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppArmor profile is &quot;unconfined&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HostConfig.SecurityOpt contains label=disable on an SELinux host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HostConfig.SecurityOpt lacks no-new-privileges: setuid binaries can raise privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HostConfig.ReadonlyRootfs is false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HostConfig.Memory is 0 (no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CPU limit: NanoCpus, CpuQuota and CpuShares are unset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HostConfig.PidsLimit is unset (no limit on processes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-P (every exposed port on a random host port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published on all host interfaces: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privileged host ports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH port: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running process: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart policy &quot;%1&quot; restarts without limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart policy &quot;on-failure&quot; without a retry limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart policy &quot;on-failure:%1&quot; (more than 5 retries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check disabled (--no-healthcheck)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No health check in the container or its image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ulimit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached to the default bridge network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HostConfig.LogConfig.Type is &quot;none&quot;: nothing the container prints is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created from an image id or digest (&quot;%1&quot;), not a version tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image reference &quot;%1&quot; uses the latest tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image reference &quot;%1&quot; has no tag (means :latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs image %1, but %2 now points to %3: the container was never recreated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 over plain TCP without TLS: anyone who reaches the port controls the daemon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/info SecurityOptions has no name=userns: root in a container is root on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/info SecurityOptions has no name=rootless: the daemon runs as root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/info SecurityOptions has no name=no-new-privileges: containers may gain privileges through setuid binaries unless each sets it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LiveRestoreEnabled is false: restarting the daemon stops every container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default bridge network allows traffic between all its containers (enable_icc is not false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insecure registries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ExperimentalBuild is true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default logging driver json-file without max-size: none of the %1 containers using it rotates its log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker Engine %1 is older than %2, the oldest release the policy accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage driver %1 is deprecated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sets no USER: containers run as root unless started with --user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sets USER %2 (root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 defines no HEALTHCHECK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1: ADD %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was built %2 days ago (%3); the policy allows %4 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — end of life since %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 dropped; %2 default capabilities remain (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; --cap-add adds %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::ConnectDialog</name>
    <message>
        <source>Use &amp;TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify the daemon&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Docker Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcp://docker.example.com:2376 or unix:///var/run/docker.sock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Plain tcp:// is unencrypted and unauthenticated.&lt;/b&gt; Anyone who can reach this port has full, root-equivalent control of the Docker host. Use TLS with a client certificate, or an SSH tunnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without verification, anyone on the network path can impersonate the daemon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose CA Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Client Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Client Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files are referenced by path; Bulwark does not copy or store their contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS applies to tcp:// hosts only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client certificate needs its key, and a key needs its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of a Docker host.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::ConnectionErrorPanel</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &amp;another host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to any of %1 Docker hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to Docker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Hosts tried, in order:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::ConnectionStatusBar</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Source: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Plain TCP: unencrypted, unauthenticated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who can reach this port controls the Docker host as root. Use TLS or SSH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP + TLS (verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP + TLS (NOT verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unix socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine %1 · API %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 containers shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::ContainerDetailModel</name>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::ContainerTableModel</name>
    <message>
        <source>No user is set for this container, so the image&apos;s USER applies: root unless the image sets one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privileged: all capabilities, all host devices, no seccomp or AppArmor confinement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privileged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user the container&apos;s main process runs as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host address and port → container port; 0.0.0.0 means every interface of the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creation time, in local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk %1 of 100: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 finding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 findings: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stored scan of this container yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk in the last %1 stored scans, oldest first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk score 0–100: critical ≥ 90, high ≥ 60, medium ≥ 30, low above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk score over the last stored scans, oldest on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings by severity, worst first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::ContainersPanel</name>
    <message>
        <source>Filter by name, image, user or state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No containers to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No container matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::DetailPane</name>
    <message>
        <source>Select a container to see its security settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::DetailTree</name>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user is set for this container, so the image&apos;s USER applies: root unless the image sets one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privileged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daemon default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (names only; values are not read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all (privileged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daemon default set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cgroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none shared with the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exposed only, not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (all interfaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish all exposed ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppArmor profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only root filesystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only root filesystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writable root filesystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory + swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 µs per %2 µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ulimit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soft %1, hard %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 PIDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defined, not run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::EventModel</name>
    <message>
        <source>privileged exec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec as root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>privileged container started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container started with the Docker socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(container default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>privileged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::EventPanel</name>
    <message>
        <source>Security only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify on security events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by action, actor or details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray: security events are only highlighted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: events appear once a host is scanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the event feed of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more security event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Security event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security event on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event feed ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event feed stopped: %1 Rescan the host to follow its events again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events are not being journaled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n security-relevant</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n oldest dropped from view</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not journaled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::ExportReportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Audit Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review&apos;s reviewer, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF audit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (bulwark.report/1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (one row per finding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SARIF 2.1.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JUnit XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview (the PDF report as it will be written):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n page(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the scan history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — risk %2, %n container(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This host has no stored scan yet: scan it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::FindingDetailView</name>
    <message>
        <source>Select a finding to see why it matters and how to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIS Docker Benchmark %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix with docker run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix in Compose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix in the Dockerfile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::FindingsModel</name>
    <message>
        <source>Docker daemon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (CIS %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Waived (%2) by %3 until %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (waived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (waiver expired)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::FindingsPanel</name>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by title, evidence, rule or target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 finding on this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 findings on this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix this…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step by step: the risk, the current setting, the change, and a rescan that proves the fix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::Format</name>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>number and unit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on-failure (retry limit %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::HistoryChartData</name>
    <message>
        <source>0–1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3–6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>½–1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2+ years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3+ months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::HistoryCharts</name>
    <message>
        <source>Scan time (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host risk over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk (0–100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest to highest within each interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan #%1 — %2
Host risk %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last of %1 scans in this interval, all at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last of %1 scans in this interval; risk ranged %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open this scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings by severity over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan #%1 — %2
%3
Findings in all: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image age — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since the image was built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to fix: how long resolved findings stayed open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open from first seen to first scan without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3 fixed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time to fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan time (local), from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::HistoryLoader</name>
    <message>
        <source>Scan #%1 is not in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have been pruned; reload the history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::HistoryPanel</name>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the scan database again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans are not being stored, so there is no history to show. Start Bulwark with --db FILE or set BULWARK_DB to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the scan history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a scan to see what changed since the one before it, or two scans to compare them. Double-click a scan to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last scan is shown but could not be added to the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (scans: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine id %1, last scanned %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scans are stored yet. Every scan Bulwark runs is added here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scan of this host in the selected range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scan of this host is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finding was resolved in the selected range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list shows the newest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charts group scans by time into %1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a scan to see what changed since the one before it, or two scans to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or two scans to see what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the oldest scan in the list: there is nothing before it to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2: host risk %3 → %4, %5 new and %6 resolved findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image age is known for this scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the scan history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of all time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No daemon event was journaled %1. Events are journaled while Bulwark is connected to the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 daemon events %2, %3 of them security-relevant (highlighted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events (%1 security)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan #%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::HostListModel</name>
    <message>
        <source>%1 (current)</source>
        <comment>the docker CLI&apos;s current host</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The docker CLI uses this host by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: plain TCP without TLS. Anyone who can reach this port controls the host as root.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::HostSettings</name>
    <message>
        <source>added by you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::HostsSidebar</name>
    <message>
        <source>&amp;Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the selected host (double-click does the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a host you added (hosts from the docker configuration stay)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::ImageTableModel</name>
    <message>
        <source>&lt;none&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — end of life unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — end of life since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — supported until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No container uses this image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Source: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::ImagesPanel</name>
    <message>
        <source>Filter by tag or base OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an image to see its findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::LogFilterProxyModel</name>
    <message>
        <source>Invalid regular expression at position %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::LogFollower</name>
    <message>
        <source>Stopped following %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container %1 was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container %1 stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::LogModel</name>
    <message>
        <source>stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stdout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stderr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daemon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unauthorized access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segmentation fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security-relevant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::LogPanel</name>
    <message>
        <source>stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a container and press Follow; or use Follow logs on the Containers tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A container of the connected host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the picked container&apos;s log next to those already followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop following the container chosen in the container filter, or all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the view still; lines keep arriving and show up on resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow tail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest line in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the lines the filters show to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the buffered lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous line with the search text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next line with the search text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stdout and stderr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stdout only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stderr only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only lines about permissions, authentication, crashes or memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: stopped following.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to another host: stopped following.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a Docker host first, then follow a container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not follow %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No container to follow: scan a host that has containers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped following.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped following %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — reconnects: %2, gaps: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines/s · %2 lines buffered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · paused, %1 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shown line contains &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select lines to copy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n line(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save Log Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A save is still running; try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A save is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saving %n line(s) to %1…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n line(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the log to %1: %2. Choose another folder or check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::MainWindow</name>
    <message>
        <source>Bulwark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to Host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Bulwark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some docker contexts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for a Docker host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan finished with warnings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to Docker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark — not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Bulwark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bulwark %1&lt;/h3&gt;&lt;p&gt;A read-only security dashboard for Docker hosts.&lt;/p&gt;&lt;p&gt;Bulwark only reads from the Docker Engine API: a scan never changes the host.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan finished, but it could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Review of This Scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remediation &amp;Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans are not stored (no database): reviews and reports need the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a host first: reviews and reports work on a stored scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stored scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer (recorded with every decision):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review needs the reviewer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::OverviewPage</name>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daemon findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host risk %1 of 100: the worst of the daemon and every container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 containers, %2 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Docker Engine %2 · API %3 · %4
%5 · scanned %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings on this host by severity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk %1 of 100: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::PermissionCalculator</name>
    <message>
        <source>a daemon&apos;s control socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled (privileged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unconfined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available on this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels disabled (SELinux not enforced on this host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label options: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enforced on this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (all interfaces)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::PermissionsTree</name>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all host devices (privileged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set on the container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the image&apos;s USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing set: Docker&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary group of the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs as root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all %1 (privileged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beyond the default set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped from the default set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beyond default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — shared with the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shared with the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · CRITICAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propagation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (rprivate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confinement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privileged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seccomp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppArmor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SELinux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only root filesystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weakened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default or stricter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 100 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points of the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::RemediationPlanDialog</name>
    <message>
        <source>Remediation Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark never changes a container itself: this is a plan for people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Remediation Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::RemediationWizard</name>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. What the risk is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CIS Docker Benchmark recommendation corresponds to this rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIS Docker Benchmark v1.6.0, recommendation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker daemon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Bulwark saw:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This finding is waived (%1): it does not count towards the score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. The current setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from the configuration of %1 as the daemon reports it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Docker daemon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This container was created by Docker Compose: project &lt;b&gt;%1&lt;/b&gt;, service &lt;b&gt;%2&lt;/b&gt;, from %3. Change the compose file rather than the container, or the next &lt;code&gt;docker compose up&lt;/code&gt; brings the old setting back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. The change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to change, concretely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add:    </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker run options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole command, with the change (remove the old container first: docker rm -f %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose: service %1 (then docker compose up -d %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dockerfile (then rebuild the image and re-create its containers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/etc/docker/daemon.json (then restart the daemon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you apply it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark never changes a container itself: you apply the change, then Verify checks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-create %1 with the change, then press Verify: Bulwark rescans just that container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescanning %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved too: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer has “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still has “%2”. What is still wrong:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other finding(s) of this container are still open.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The re-created container has findings it did not have before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container %1 now scores %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::ReportExportJob</name>
    <message>
        <source>Reading the scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report came out empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder or free some space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::ReviewQueueModel</name>
    <message>
        <source>%1 (waiver expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker daemon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undecided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1, due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::ReviewSession</name>
    <message>
        <source>No review is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::ReviewWindow</name>
    <message>
        <source>Review — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Security review&lt;/b&gt; of %1 — scan of %2 — reviewer: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fix it (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept the risk (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fa&amp;lse positive (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who fixes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this risk is acceptable, or why the rule is wrong here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record and next (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the whole review (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review could not be finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1 · due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 findings decided: %3 to fix, %4 risks accepted, %5 false positives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These findings stay visible, marked as waived, and stop counting towards the score until their waiver expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still undecided</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::ScanDiffModel</name>
    <message>
        <source>New findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker daemon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (worse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity / risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::ScanHistoryModel</name>
    <message>
        <source>Scan #%1, %2 to %3, Docker %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host risk %1 of 100: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the scan started, in local time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::SeverityStyle</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>med</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::StoredContainerModel</name>
    <message>
        <source>Risk %1 of 100: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::StoredFindingModel</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker daemon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIS Docker Benchmark %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::StoredScanView</name>
    <message>
        <source>Stored scan #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host risk %1 (%2) · containers: %3 · findings: %4 · Docker %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan #%1 of %2 at %3 — read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::cli::HostOptions</name>
    <message>
        <source>Docker Engine to connect to: unix:///path or tcp://host:port (like docker -H).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker CLI context to use (like docker --context).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate that signed the daemon&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS client certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS client key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use TLS and verify the daemon (implied by the --tls-* options).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Security dashboard for Docker hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker host to scan, e.g. unix:///var/run/docker.sock or tcp://host:2376.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker context to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use TLS and verify the daemon&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan history database (default: $BULWARK_DB, else %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
