#pragma once

#include "HostEndpoint.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace bulwark {

// Asks for a Docker host to connect to: URL and, for tcp://, TLS settings.
// TLS material is chosen by path; the dialog never reads key contents.
class ConnectDialog : public QDialog {
    Q_OBJECT

public:
    // Returns the chosen file or an empty string; replaceable for tests.
    using FileChooser = std::function<QString(QWidget *parent, const QString &title)>;

    explicit ConnectDialog(QWidget *parent = nullptr);

    // The host entered, valid once the dialog was accepted; source is "added by you".
    [[nodiscard]] HostEndpoint endpoint() const;
    void setEndpoint(const HostEndpoint &endpoint);
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    // Why OK is disabled, or empty when the input is valid.
    [[nodiscard]] QString validationError() const { return m_error; }

private:
    QLineEdit *addFileRow(QFormLayout *form, const QString &label, const QString &objectName,
                          const QString &dialogTitle);
    void validate();

    QLineEdit *m_url;
    QLabel *m_urlError;
    QLabel *m_insecureWarning;
    QCheckBox *m_useTls;
    QGroupBox *m_tlsBox;
    QCheckBox *m_verify;
    QLabel *m_verifyWarning;
    QLineEdit *m_ca = nullptr;
    QLineEdit *m_cert = nullptr;
    QLineEdit *m_key = nullptr;
    QDialogButtonBox *m_buttons;
    FileChooser m_chooseFile;
    HostEndpoint m_endpoint;
    QString m_error;
};

} // namespace bulwark
