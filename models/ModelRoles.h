#pragma once

#include <Qt>

namespace bulwark {

// Roles shared by Bulwark's item models. Qt::DisplayRole is always formatted
// text for people; the roles below carry raw values for sorting, filtering
// and for code that needs the underlying core struct.
enum ModelRole : int {
    SortRole = Qt::UserRole, // raw value of the cell (QString, qint64, bool, QDateTime)
    ContainerIdRole,         // QString: full container id
    ContainerRole,           // bulwark::ContainerInfo
    ContainerStateRole,      // QString: raw state ("running", "exited", ...)
    HostEndpointRole,        // bulwark::HostEndpoint
    HostSelectedRole,        // bool: the host the docker CLI would use
    HostUserAddedRole,       // bool: added in Bulwark rather than found in the docker configuration
    HostInsecureRole,        // bool: plain TCP without TLS
    RiskRole,                // bool: a detail row worth a second look (privileged, host namespace, ...)
    RiskScoreRole,           // int: 0–100 risk score of a container (or the worst of a findings group)
    SeverityRole,            // int: int(bulwark::Severity), -1 when there is none
    SeverityCountsRole,      // QVariantList of 5 ints, indexed by int(bulwark::Severity)
    FindingRole,             // bulwark::Finding (finding rows only)
    RuleIdRole,              // QString: rule id of a finding row
    TargetIdRole,            // QString: id of the container, image or engine a row is about
    ImageIdRole,             // QString: full image id
    ImageRole,               // bulwark::ImageInfo
    ScanIdRole,              // qint64: id of a stored scan (history rows)
    SparklineRole,           // QList<int>: a container's score over recent stored scans, oldest first
};

} // namespace bulwark
