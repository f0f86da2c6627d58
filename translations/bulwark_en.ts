<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <name>DetailTree</name>
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
</context>
<context>
    <name>EolDatabase</name>
    <message>
        <source>The end-of-life table %1 is invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
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
    <name>bulwark</name>
    <message>
        <source>The scan was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request did not complete.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Only %1 dropped; %2 capabilities remain (%3)</source>
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
    <name>bulwark::CurlErrorMapper</name>
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
</context>
<context>
    <name>bulwark::EngineClient</name>
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
    <name>bulwark::EngineClient::Impl</name>
    <message>
        <source>%1:// hosts are not supported.</source>
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
    <name>bulwark::HostResolver</name>
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
    <name>bulwark::HostScanner</name>
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
</context>
<context>
    <name>bulwark::OsProbe</name>
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
    <name>bulwark::ScanTable</name>
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
        <source>Host score: %1/100   Findings: %2 critical, %3 high, %4 medium, %5 low, %6 info

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
</context>
<context>
    <name>bulwark::SecretDetector</name>
    <message>
        <source>credential in a variable named like a secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulwark::cli</name>
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
</context>
<context>
    <name>bulwark::cli::CliApplication</name>
    <message>
        <source>Usage: bulwark-cli &lt;command&gt; [options]

Bulwark inspects Docker hosts for security risks. Scans are read-only.

Commands:
  scan     Take a snapshot of a Docker host (--format json|table)
  hosts    List the Docker hosts found in the docker CLI configuration
  rules    List the security rules (--format table|json)

Options:
  -h, --help       Show this help (&quot;bulwark-cli &lt;command&gt; --help&quot; for a command)
  -v, --version    Show the version

Exit codes: 0 success, 1 error, 2 usage error, 3 findings at or above --fail-on.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulwark-cli: unknown command &quot;%1&quot;</source>
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
    <name>bulwark::cli::HostsCommand</name>
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
    <name>bulwark::cli::RulesCommand</name>
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
    <name>bulwark::cli::ScanCommand</name>
    <message>
        <source>Take a read-only snapshot of a Docker host: engine, containers (with their security settings), images, networks and volumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table, json (schema bulwark.scan/1) or sarif (SARIF 2.1.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy file (bulwark.policy/1) overriding severities, weights and thresholds.</source>
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
        <source>bulwark-cli: cannot write %1: %2</source>
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
</context>
</TS>
