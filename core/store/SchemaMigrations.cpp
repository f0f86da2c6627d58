#include "SchemaMigrations.h"

namespace bulwark::store {

namespace {

// Schema 1. Times are milliseconds since the epoch (UTC); severities 0 info …
// 4 critical. Containers, images, texts and rules are content-addressed and
// shared by every scan that saw them unchanged, so an hourly scan of a quiet
// host adds little more than one row per container. A container's id and state
// live in the scan's row, not in its version: re-creating a container with the
// same configuration (a redeploy) reuses the version and its findings. Those shared rows are
// referenced without declared foreign keys: declaring them would need an index
// per referencing column and make collecting unreferenced rows quadratic.
// `bulwark-cli history prune` collects them instead. Ownership (host → scans →
// a scan's rows, a version → its findings) is declared and cascades.
const char *const SchemaV1 = R"sql(
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO meta (key, value) VALUES ('gc_generation', 0);

CREATE TABLE hosts (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL,
    engine_id TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    UNIQUE (url, engine_id)
);

CREATE TABLE scans (
    id INTEGER PRIMARY KEY,
    host_id INTEGER NOT NULL REFERENCES hosts (id) ON DELETE CASCADE,
    started_at INTEGER NOT NULL,
    finished_at INTEGER NOT NULL,
    engine_version TEXT NOT NULL DEFAULT '',
    host_name TEXT NOT NULL DEFAULT '',
    host_score INTEGER NOT NULL,
    container_count INTEGER NOT NULL,
    image_count INTEGER NOT NULL,
    info INTEGER NOT NULL,
    low INTEGER NOT NULL,
    medium INTEGER NOT NULL,
    high INTEGER NOT NULL,
    critical INTEGER NOT NULL
);
CREATE INDEX scans_host_time ON scans (host_id, started_at);

CREATE TABLE texts (
    id INTEGER PRIMARY KEY,
    text TEXT NOT NULL UNIQUE
);

CREATE TABLE rules (
    id INTEGER PRIMARY KEY,
    rule_id TEXT NOT NULL,
    cis TEXT NOT NULL,
    title TEXT NOT NULL,
    scope TEXT NOT NULL,
    UNIQUE (rule_id, cis, title, scope)
);

CREATE TABLE container_versions (
    id INTEGER PRIMARY KEY,
    digest BLOB NOT NULL UNIQUE,
    identity INTEGER NOT NULL,
    name INTEGER NOT NULL,
    image INTEGER NOT NULL,
    image_id INTEGER NOT NULL,
    score INTEGER NOT NULL,
    breakdown INTEGER NOT NULL
);

CREATE TABLE container_findings (
    version_id INTEGER NOT NULL REFERENCES container_versions (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    rule INTEGER NOT NULL,
    severity INTEGER NOT NULL,
    evidence INTEGER NOT NULL,
    PRIMARY KEY (version_id, ord)
) WITHOUT ROWID;

CREATE TABLE scan_containers (
    scan_id INTEGER NOT NULL REFERENCES scans (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    version_id INTEGER NOT NULL,
    container_id INTEGER NOT NULL,
    state INTEGER NOT NULL,
    PRIMARY KEY (scan_id, ord)
) WITHOUT ROWID;

CREATE TABLE image_versions (
    id INTEGER PRIMARY KEY,
    digest BLOB NOT NULL UNIQUE,
    key INTEGER NOT NULL,
    image_id INTEGER NOT NULL,
    tags INTEGER NOT NULL,
    created INTEGER,
    os_label INTEGER NOT NULL,
    eol_date TEXT,
    past_eol INTEGER NOT NULL
);

CREATE TABLE image_findings (
    version_id INTEGER NOT NULL REFERENCES image_versions (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    rule INTEGER NOT NULL,
    severity INTEGER NOT NULL,
    evidence INTEGER NOT NULL,
    PRIMARY KEY (version_id, ord)
) WITHOUT ROWID;

CREATE TABLE scan_images (
    scan_id INTEGER NOT NULL REFERENCES scans (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    version_id INTEGER NOT NULL,
    age_days INTEGER NOT NULL,
    PRIMARY KEY (scan_id, ord)
) WITHOUT ROWID;

CREATE TABLE daemon_findings (
    scan_id INTEGER NOT NULL REFERENCES scans (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    rule INTEGER NOT NULL,
    severity INTEGER NOT NULL,
    evidence INTEGER NOT NULL,
    PRIMARY KEY (scan_id, ord)
) WITHOUT ROWID;

CREATE TABLE finding_spans (
    id INTEGER PRIMARY KEY,
    host_id INTEGER NOT NULL REFERENCES hosts (id) ON DELETE CASCADE,
    rule_id INTEGER NOT NULL,
    target INTEGER NOT NULL,
    target_name INTEGER NOT NULL,
    severity INTEGER NOT NULL,
    first_seen_at INTEGER NOT NULL,
    resolved_at INTEGER
);
CREATE INDEX finding_spans_open ON finding_spans (host_id) WHERE resolved_at IS NULL;
CREATE INDEX finding_spans_resolved ON finding_spans (host_id, resolved_at) WHERE resolved_at IS NOT NULL;
)sql";

// Schema 2: the daemon's events, journaled while the dashboard follows a host
// (EventJournal). Times are nanoseconds since the epoch, as the daemon sends
// them. The columns hold what lists and filters need; document is the whole
// event as bulwark.event/1 JSON, so it reloads exactly as it was seen.
// exec_user and exec_privileged are NULL when exec inspect gave no answer.
const char *const SchemaV2 = R"sql(
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    host_id INTEGER NOT NULL REFERENCES hosts (id) ON DELETE CASCADE,
    time_ns INTEGER NOT NULL,
    type TEXT NOT NULL,
    action TEXT NOT NULL,
    actor_id TEXT NOT NULL,
    actor_name TEXT NOT NULL,
    severity INTEGER NOT NULL,
    security_flags INTEGER NOT NULL,
    exec_user TEXT,
    exec_privileged INTEGER,
    document TEXT NOT NULL
);
CREATE INDEX events_host_time ON events (host_id, time_ns);
CREATE INDEX events_host_security ON events (host_id, time_ns) WHERE security_flags <> 0;
)sql";

// Schema 3: reviews and waivers (docs/review.md), and what a container may do.
// A waiver belongs to a host and matches one (rule, target key) pair; revoking
// or replacing one keeps the row (revoked_at) for the audit trail. A review's
// decisions are keyed by (rule, target) within the review: deciding again
// replaces the decision. scan_finding_waivers records, per scan, what a waiver
// did to each finding (place 0 container, 1 image, 2 daemon; owner_ord the
// container's or image's ord in the scan), so an old scan reads the same after
// its waivers are revoked or expire; findings without a waiver have no row.
// container_versions.permissions is a texts id of ScanJson's permissions JSON,
// NULL for versions stored before.
const char *const SchemaV3 = R"sql(
ALTER TABLE container_versions ADD COLUMN permissions INTEGER;

CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    host_id INTEGER NOT NULL REFERENCES hosts (id) ON DELETE CASCADE,
    scan_id INTEGER REFERENCES scans (id) ON DELETE SET NULL,
    reviewer TEXT NOT NULL,
    started_at INTEGER NOT NULL,
    finished_at INTEGER,
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX reviews_host ON reviews (host_id, started_at);
CREATE INDEX reviews_scan ON reviews (scan_id);

CREATE TABLE review_decisions (
    id INTEGER PRIMARY KEY,
    review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
    rule_id TEXT NOT NULL,
    scope TEXT NOT NULL,
    target_key TEXT NOT NULL,
    target_name TEXT NOT NULL,
    title TEXT NOT NULL,
    severity INTEGER NOT NULL,
    kind TEXT NOT NULL,
    owner TEXT NOT NULL,
    due_date TEXT,
    justification TEXT NOT NULL,
    expires_at INTEGER,
    notes TEXT NOT NULL,
    decided_at INTEGER NOT NULL,
    UNIQUE (review_id, rule_id, target_key)
);

CREATE TABLE waivers (
    id INTEGER PRIMARY KEY,
    host_id INTEGER NOT NULL REFERENCES hosts (id) ON DELETE CASCADE,
    rule_id TEXT NOT NULL,
    scope TEXT NOT NULL,
    target_key TEXT NOT NULL,
    target_name TEXT NOT NULL,
    kind TEXT NOT NULL,
    justification TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER,
    origin TEXT NOT NULL,
    review_id INTEGER REFERENCES reviews (id) ON DELETE SET NULL,
    revoked_at INTEGER
);
CREATE INDEX waivers_host ON waivers (host_id, rule_id, target_key) WHERE revoked_at IS NULL;

CREATE TABLE scan_finding_waivers (
    scan_id INTEGER NOT NULL REFERENCES scans (id) ON DELETE CASCADE,
    place INTEGER NOT NULL,
    owner_ord INTEGER NOT NULL,
    finding_ord INTEGER NOT NULL,
    state INTEGER NOT NULL,
    kind TEXT NOT NULL,
    justification TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    expires_at INTEGER,
    origin TEXT NOT NULL,
    PRIMARY KEY (scan_id, place, owner_ord, finding_ord)
) WITHOUT ROWID;
)sql";

} // namespace

const QList<SchemaMigration> &SchemaMigrations::steps()
{
    static const QList<SchemaMigration> all{
        {1, SchemaV1},
        {2, SchemaV2},
        {3, SchemaV3},
    };
    return all;
}

} // namespace bulwark::store
