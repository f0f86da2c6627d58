#include "HostListModel.h"
#include "HostResolver.h"
#include "MetaTypes.h"
#include "ModelRoles.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QPixmap>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using bulwark::HostCandidate;
using bulwark::HostEndpoint;
using bulwark::HostListModel;

namespace {

HostEndpoint endpoint(const QString &url, const QString &context, const QString &source)
{
    bulwark::Expected<HostEndpoint> parsed = HostEndpoint::parse(url);
    if (!parsed)
        qFatal("bad test URL %s", qPrintable(url));
    HostEndpoint e = parsed.value();
    e.contextName = context;
    e.source = source;
    return e;
}

} // namespace

class TestHostListModel : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void configuredHostsAreShown();
    void userHostsFollowConfiguredOnes();
    void insecureHostIsFlagged();
    void configuredMergeKeepsUserRows();
    void onlyUserHostsCanBeRemoved();
    void hostsFromRealResolver();

private:
    std::unique_ptr<HostListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    const HostEndpoint m_default = endpoint(QStringLiteral("unix:///var/run/docker.sock"), QStringLiteral("default"),
                                            QStringLiteral("default socket"));
    const HostEndpoint m_rootless = endpoint(QStringLiteral("unix:///run/user/1000/docker.sock"), QString(),
                                             QStringLiteral("rootless socket"));
    const HostEndpoint m_prod = endpoint(QStringLiteral("tcp://prod.example.com:2376"), QStringLiteral("prod"),
                                         QStringLiteral("docker context \"prod\""));
};

void TestHostListModel::init()
{
    m_model = std::make_unique<HostListModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestHostListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestHostListModel::configuredHostsAreShown()
{
    m_model->setConfiguredHosts({HostCandidate{m_default, true}, HostCandidate{m_rootless, false}});
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->selectedRow(), 0);

    const QModelIndex first = m_model->index(0);
    QCOMPARE(first.data().toString(), QStringLiteral("default (current)\nunix:///var/run/docker.sock"));
    QVERIFY(first.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Source: default socket")));
    QVERIFY(first.data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(first.data(bulwark::HostSelectedRole).toBool(), true);
    QCOMPARE(first.data(bulwark::HostUserAddedRole).toBool(), false);
    QCOMPARE(first.data(bulwark::HostEndpointRole).value<HostEndpoint>(), m_default);

    const QModelIndex second = m_model->index(1);
    QCOMPARE(second.data().toString(), QStringLiteral("unix:///run/user/1000/docker.sock"));
    QVERIFY(!second.data(Qt::FontRole).isValid());
    QCOMPARE(second.data(bulwark::HostSelectedRole).toBool(), false);
}

void TestHostListModel::userHostsFollowConfiguredOnes()
{
    HostEndpoint mine = endpoint(QStringLiteral("tcp://10.0.0.5:2376"), QString(), QStringLiteral("added by you"));
    mine.tls = true;
    QCOMPARE(m_model->addUserHost(mine), 0);
    m_model->setConfiguredHosts({HostCandidate{m_default, true}});
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->endpointAt(0).url, m_default.url);
    QCOMPARE(m_model->endpointAt(1).url, mine.url);
    QVERIFY(m_model->isUserAdded(1));

    // Adding the same URL again updates the row instead of duplicating it.
    mine.tlsFiles.caFile = QStringLiteral("/etc/docker/ca.pem");
    QCOMPARE(m_model->addUserHost(mine), 1);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->userHosts().size(), 1);
    QCOMPARE(m_model->userHosts().constFirst().tlsFiles.caFile, QStringLiteral("/etc/docker/ca.pem"));
}

void TestHostListModel::insecureHostIsFlagged()
{
    const HostEndpoint plain = endpoint(QStringLiteral("tcp://10.0.0.7:2375"), QString(), QStringLiteral("added by you"));
    QVERIFY(plain.isInsecure());
    const int row = m_model->addUserHost(plain);
    const QModelIndex index = m_model->index(row);
    QCOMPARE(index.data(bulwark::HostInsecureRole).toBool(), true);
    QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("plain TCP without TLS")));
    QVERIFY(!index.data(Qt::DecorationRole).isValid()); // no icon until the view layer provides one

    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::red);
    m_model->setWarningIcon(QIcon(pixmap));
    QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().isNull());

    m_model->setConfiguredHosts({HostCandidate{m_default, true}});
    QVERIFY(!m_model->index(0).data(Qt::DecorationRole).isValid()); // unix sockets are not flagged
}

void TestHostListModel::configuredMergeKeepsUserRows()
{
    m_model->setConfiguredHosts({HostCandidate{m_default, true}, HostCandidate{m_rootless, false}});
    const HostEndpoint mine = endpoint(QStringLiteral("tcp://10.0.0.9:2376"), QString(), QStringLiteral("added by you"));
    const QPersistentModelIndex userRow = m_model->index(m_model->addUserHost(mine));
    const QPersistentModelIndex defaultRow = m_model->index(0);

    // The rootless socket went away, a context appeared and became current.
    m_model->setConfiguredHosts({HostCandidate{m_default, false}, HostCandidate{m_prod, true}});
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->endpointAt(0).url, m_default.url);
    QCOMPARE(m_model->endpointAt(1).url, m_prod.url);
    QCOMPARE(m_model->selectedRow(), 1);
    QVERIFY(userRow.isValid());
    QCOMPARE(userRow.row(), 2);
    QCOMPARE(userRow.data(bulwark::HostEndpointRole).value<HostEndpoint>().url, mine.url);
    QVERIFY(defaultRow.isValid());
    QCOMPARE(defaultRow.data(bulwark::HostSelectedRole).toBool(), false);
    QCOMPARE(m_model->index(1).data().toString(), QStringLiteral("prod (current)\ntcp://prod.example.com:2376"));

    m_model->setConfiguredHosts({});
    QCOMPARE(m_model->rowCount(), 1);
    QVERIFY(m_model->isUserAdded(0));
}

void TestHostListModel::onlyUserHostsCanBeRemoved()
{
    m_model->setConfiguredHosts({HostCandidate{m_default, true}});
    m_model->setUserHosts({endpoint(QStringLiteral("tcp://a.example:2376"), QString(), QStringLiteral("added by you")),
                           endpoint(QStringLiteral("tcp://b.example:2376"), QString(), QStringLiteral("added by you"))});
    QCOMPARE(m_model->rowCount(), 3);
    QVERIFY(!m_model->removeUserHost(0));
    QVERIFY(!m_model->removeUserHost(7));
    QVERIFY(m_model->removeUserHost(1));
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->endpointAt(1).url, QStringLiteral("tcp://b.example:2376"));
    m_model->setUserHosts({});
    QCOMPARE(m_model->rowCount(), 1);
}

void TestHostListModel::hostsFromRealResolver()
{
    // An empty home directory and DOCKER_HOST: the resolver offers that host, selected.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const bulwark::Environment env({{QStringLiteral("DOCKER_HOST"), QStringLiteral("tcp://build.example.com:2375")},
                                    {QStringLiteral("HOME"), home.path()}},
                                   home.path());
    const QList<HostCandidate> candidates = bulwark::HostResolver(env).listAll();
    m_model->setConfiguredHosts(candidates);
    const int row = m_model->rowOfUrl(QStringLiteral("tcp://build.example.com:2375"));
    QVERIFY2(row >= 0, "DOCKER_HOST is not among the listed hosts");
    QCOMPARE(m_model->selectedRow(), row);
    QCOMPARE(m_model->index(row).data(bulwark::HostInsecureRole).toBool(), true);
    QVERIFY(!m_model->endpointAt(row).source.isEmpty());
}

QTEST_MAIN(TestHostListModel)
#include "tst_hostlistmodel.moc"
