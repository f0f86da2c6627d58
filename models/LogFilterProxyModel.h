#pragma once

#include <QRegularExpression>
#include <QSet>
#include <QSortFilterProxyModel>

namespace bulwark {

class LogModel;

// Which log rows a panel shows: by stream, container, text (plain or a regular
// expression) and security flag. Only rows the source appends are tested as they
// arrive (QSortFilterProxyModel's insert path), so a flood costs one test per new
// line; changing a filter re-tests every row once.
//
// Marker rows (gaps, reconnects) pass the stream, text and security filters so a
// filtered log still shows where it was interrupted; the container filter applies.
class LogFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    enum class StreamFilter {
        All,
        Stdout,
        Stderr
    };
    Q_ENUM(StreamFilter)

    explicit LogFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;

    void setStreamFilter(StreamFilter filter);
    [[nodiscard]] StreamFilter streamFilter() const { return m_stream; }
    // Container ids to show; empty shows all.
    void setContainerFilter(const QStringList &ids);
    // Plain text matches case-insensitively anywhere in the line's text.
    void setTextFilter(const QString &text, bool regularExpression);
    // False when the regular expression does not compile; the filter then shows everything.
    [[nodiscard]] bool isTextFilterValid() const { return m_textValid; }
    [[nodiscard]] QString textFilterError() const { return m_textError; }
    void setSecurityOnly(bool securityOnly);
    [[nodiscard]] bool securityOnly() const { return m_securityOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();
    void resolveContainers();

    LogModel *m_logModel = nullptr;
    StreamFilter m_stream = StreamFilter::All;
    QSet<QString> m_containerIds;
    QSet<int> m_containerIndexes; // resolved lazily: a container may appear after the filter is set
    QString m_text;
    QRegularExpression m_regex;
    bool m_useRegex = false;
    bool m_textValid = true;
    QString m_textError;
    bool m_securityOnly = false;
};

} // namespace bulwark
