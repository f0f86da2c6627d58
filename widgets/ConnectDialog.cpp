#include "ConnectDialog.h"

#include "HostSettings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bulwark {

namespace {

QLabel *messageLabel(const QString &objectName, const QString &style, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(style);
    label->hide();
    return label;
}

const QString errorStyle = QStringLiteral("QLabel { color: #b3261e; }");
const QString warningStyle = QStringLiteral("QLabel { color: #5f2120; background-color: #fdeded; border: 1px solid #e8a3a3;"
                                            " border-radius: 4px; padding: 6px; }");

} // namespace

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_url(new QLineEdit(this))
    , m_urlError(messageLabel(QStringLiteral("urlError"), errorStyle, this))
    , m_insecureWarning(messageLabel(QStringLiteral("insecureWarning"), warningStyle, this))
    , m_useTls(new QCheckBox(tr("Use &TLS"), this))
    , m_tlsBox(new QGroupBox(tr("TLS"), this))
    , m_verify(new QCheckBox(tr("&Verify the daemon's certificate"), m_tlsBox))
    , m_verifyWarning(messageLabel(QStringLiteral("verifyWarning"), errorStyle, m_tlsBox))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_chooseFile([](QWidget *p, const QString &title) { return QFileDialog::getOpenFileName(p, title); })
{
    setWindowTitle(tr("Connect to Docker Host"));
    setMinimumWidth(520);

    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_url->setPlaceholderText(tr("tcp://docker.example.com:2376 or unix:///var/run/docker.sock"));
    m_useTls->setObjectName(QStringLiteral("useTlsCheck"));
    m_verify->setObjectName(QStringLiteral("verifyCheck"));
    m_verify->setChecked(true);
    m_insecureWarning->setText(
        tr("<b>Plain tcp:// is unencrypted and unauthenticated.</b> Anyone who can reach this port has full, "
           "root-equivalent control of the Docker host. Use TLS with a client certificate, or an SSH tunnel."));
    m_verifyWarning->setText(tr("Without verification, anyone on the network path can impersonate the daemon."));

    auto *hostForm = new QFormLayout;
    hostForm->addRow(tr("Host &URL:"), m_url);
    hostForm->addRow(QString(), m_urlError);
    hostForm->addRow(QString(), m_useTls);

    auto *tlsForm = new QFormLayout;
    tlsForm->addRow(m_verify);
    tlsForm->addRow(m_verifyWarning);
    m_ca = addFileRow(tlsForm, tr("&CA certificate:"), QStringLiteral("caEdit"), tr("Choose CA Certificate"));
    m_cert = addFileRow(tlsForm, tr("Client c&ertificate:"), QStringLiteral("certEdit"), tr("Choose Client Certificate"));
    m_key = addFileRow(tlsForm, tr("Client &key:"), QStringLiteral("keyEdit"), tr("Choose Client Key"));
    auto *note = new QLabel(tr("Files are referenced by path; Bulwark does not copy or store their contents."), m_tlsBox);
    note->setWordWrap(true);
    note->setEnabled(false);
    tlsForm->addRow(note);
    m_tlsBox->setLayout(tlsForm);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("C&onnect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(hostForm);
    layout->addWidget(m_insecureWarning);
    layout->addWidget(m_tlsBox);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_url, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    connect(m_useTls, &QCheckBox::toggled, this, &ConnectDialog::validate);
    connect(m_verify, &QCheckBox::toggled, this, &ConnectDialog::validate);
    for (QLineEdit *edit : {m_ca, m_cert, m_key})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    validate();
}

QLineEdit *ConnectDialog::addFileRow(QFormLayout *form, const QString &label, const QString &objectName,
                                     const QString &dialogTitle)
{
    auto *edit = new QLineEdit(m_tlsBox);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(tr("optional"));
    auto *browse = new QPushButton(tr("Browse…"), m_tlsBox);
    browse->setObjectName(objectName + QStringLiteral("Browse"));
    connect(browse, &QPushButton::clicked, this, [this, edit, dialogTitle] {
        const QString file = m_chooseFile(this, dialogTitle);
        if (!file.isEmpty())
            edit->setText(file);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(browse);
    // With a layout as the field QFormLayout cannot set the buddy, and without one the '&' shows.
    auto *rowLabel = new QLabel(label, m_tlsBox);
    rowLabel->setBuddy(edit);
    form->addRow(rowLabel, row);
    return edit;
}

void ConnectDialog::validate()
{
    const bool tls = m_useTls->isChecked();
    m_tlsBox->setEnabled(tls);
    m_verifyWarning->setVisible(tls && !m_verify->isChecked());

    m_error.clear();
    m_endpoint = {};
    const QString text = m_url->text().trimmed();
    if (!text.isEmpty()) {
        Expected<HostEndpoint> parsed = HostEndpoint::parse(text, tls);
        if (!parsed)
            m_error = parsed.error().hint.isEmpty() ? parsed.error().message
                                                    : tr("%1 %2").arg(parsed.error().message, parsed.error().hint);
        else
            m_endpoint = std::move(parsed).value();
    }
    if (m_error.isEmpty() && !text.isEmpty() && tls && m_endpoint.transport != Transport::Tcp)
        m_error = tr("TLS applies to tcp:// hosts only.");
    if (m_error.isEmpty() && tls) {
        for (QLineEdit *edit : {m_ca, m_cert, m_key}) {
            const QString path = edit->text().trimmed();
            if (!path.isEmpty() && !QFileInfo(path).isReadable()) {
                m_error = tr("Cannot read %1.").arg(path);
                break;
            }
        }
        if (m_error.isEmpty() && m_cert->text().trimmed().isEmpty() != m_key->text().trimmed().isEmpty())
            m_error = tr("A client certificate needs its key, and a key needs its certificate.");
    }

    m_urlError->setText(m_error);
    m_urlError->setVisible(!m_error.isEmpty());
    m_insecureWarning->setVisible(m_error.isEmpty() && !text.isEmpty() && m_endpoint.isInsecure());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_error.isEmpty() && !text.isEmpty());
    if (text.isEmpty())
        m_error = tr("Enter the address of a Docker host.");
}

HostEndpoint ConnectDialog::endpoint() const
{
    HostEndpoint endpoint = m_endpoint;
    endpoint.tls = m_useTls->isChecked();
    if (endpoint.tls) {
        endpoint.tlsFiles.caFile = m_ca->text().trimmed();
        endpoint.tlsFiles.certFile = m_cert->text().trimmed();
        endpoint.tlsFiles.keyFile = m_key->text().trimmed();
        endpoint.tlsFiles.verify = m_verify->isChecked();
    } else {
        endpoint.tlsFiles = {};
    }
    endpoint.source = HostSettings::userSource();
    return endpoint;
}

void ConnectDialog::setEndpoint(const HostEndpoint &endpoint)
{
    m_url->setText(endpoint.url);
    m_useTls->setChecked(endpoint.tls);
    m_verify->setChecked(endpoint.tlsFiles.verify);
    m_ca->setText(endpoint.tlsFiles.caFile);
    m_cert->setText(endpoint.tlsFiles.certFile);
    m_key->setText(endpoint.tlsFiles.keyFile);
    validate();
}

} // namespace bulwark
