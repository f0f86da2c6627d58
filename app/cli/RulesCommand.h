#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace bulwark::cli {

// bulwark-cli rules: the rule catalogue (ids, CIS numbers, severities, texts).
class RulesCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(RulesCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("rules"); }
    [[nodiscard]] QString description() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CliIo &io) override;

private:
    QCommandLineOption m_format{QStringLiteral("format"), QString(), QStringLiteral("table|json"), QStringLiteral("table")};
    QCommandLineOption m_policy{QStringLiteral("policy"), QString(), QStringLiteral("FILE")};
};

} // namespace bulwark::cli
