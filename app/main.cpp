// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"
#include "commandline.h"
#include "exportfile.h"
#include "meetingtime.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "theme.h"
#include "workspace.h"

#include <QApplication>
#include <QBuffer>
#include <QDate>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSettings>

#include <cstdio>
#include <memory>

using namespace Quorum;

namespace {

// A clock that shows one moment: `--at` renders a session as it stood then.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime moment) : m_moment(std::move(moment)) {}
    QDateTime now() const override { return m_moment; }

private:
    QDateTime m_moment;
};

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Quorum"));
    QCoreApplication::setApplicationName(QStringLiteral("Quorum"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QUORUM_VERSION));
}

Language chosenLanguage(const CommandLine &commandLine)
{
    if (auto language = languageFromCode(commandLine.language))
        return *language;
    if (auto saved = languageFromCode(QSettings().value(QStringLiteral("language")).toString()))
        return *saved;
    return LanguageSwitcher::systemLanguage();
}

int usageError(const QString &message)
{
    printLine(stderr, u"quorum: "_qs + message);
    std::fputs(qPrintable(CommandLine::usage()), stderr);
    return 2;
}

// Opens what the command line names: the demo, a file, else the last workspace, else the demo.
bool openInitialWorkspace(MainWindow &window, const CommandLine &commandLine)
{
    if (commandLine.demo)
        return window.openDemo();
    if (!commandLine.files.isEmpty())
        return window.openWorkspace(commandLine.files.first());
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    if (!recent.isEmpty() && QFileInfo::exists(recent.first()) && window.openWorkspace(recent.first()))
        return true;
    return window.openDemo();
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    setIdentity();
    // A first look decides which application to create; messages can only be translated
    // once one exists, so the command line is parsed again after that.
    const CommandLine firstLook = CommandLine::parse(arguments, MainWindow::viewNames());
    if (!firstLook.error.isEmpty() || firstLook.headless()) {
        // Qt's own warnings (a missing XDG_RUNTIME_DIR…) would break the promise of one
        // clear line on stderr; the commands report their own errors.
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
            if (type == QtCriticalMsg || type == QtFatalMsg)
                printLine(stderr, u"quorum: "_qs + message);
        });
        // Usage errors and file commands need no display: a bare core application. The
        // agenda, minutes, decisions and workshops exports lay out PDFs, which needs fonts: a GUI application, but offscreen,
        // so it runs without a display (over SSH, in CI).
        std::unique_ptr<QCoreApplication> application;
        if (firstLook.error.isEmpty()
            && (firstLook.command == CommandLine::Command::Agenda || firstLook.command == CommandLine::Command::Minutes
                || firstLook.command == CommandLine::Command::Decisions || firstLook.command == CommandLine::Command::Workshops
                || firstLook.command == CommandLine::Command::Ideas)) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            application = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            application = std::make_unique<QCoreApplication>(argc, argv);
        }
        LanguageSwitcher languages;
        languages.setLanguage(chosenLanguage(firstLook));
        const CommandLine commandLine = CommandLine::parse(arguments, MainWindow::viewNames());
        if (!commandLine.error.isEmpty())
            return usageError(commandLine.error);
        return runHeadless(commandLine);
    }
    const CommandLine &commandLine = firstLook;

    const bool screenshot = !commandLine.screenshot.isEmpty();
    if (screenshot)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    applyTheme(application, QSettings().value(QStringLiteral("darkTheme"), false).toBool());
    LanguageSwitcher languages;
    languages.setLanguage(chosenLanguage(commandLine));

    MainWindow window(&languages);
    if (!commandLine.at.isEmpty())
        window.setClock(std::make_unique<FixedClock>(meetingInstant(QDate::fromString(commandLine.at.left(10), Qt::ISODate),
                                                                    QTime::fromString(commandLine.at.mid(11), u"HH:mm"_qs))),
                        true);
    const bool opened = openInitialWorkspace(window, commandLine);
    if (opened && !commandLine.meeting.isEmpty() && !window.showMeeting(QDate::fromString(commandLine.meeting, Qt::ISODate))) {
        printLine(stderr, u"quorum: "_qs + QCoreApplication::translate("Quorum::CommandLine", "no meeting on %1 in this workspace.")
                                               .arg(commandLine.meeting));
        return 1;
    }
    if (!commandLine.view.isEmpty())
        window.showView(commandLine.view);

    if (screenshot) {
        if (!opened) {
            printLine(stderr, u"quorum: "_qs + window.messageBar()->text());
            return 1;
        }
        window.resize(1280, 800);
        window.show();
        QCoreApplication::processEvents();
        QWidget *target = window.viewWidget(commandLine.view);
        if (target != &window) {
            target->resize(1280, 720);
            target->show();
            QCoreApplication::processEvents();
        }
        // Encoded in memory, then written by the one export writer: a screenshot may
        // replace an earlier picture, never a workspace, and never leaves half a file.
        QByteArray png;
        QBuffer buffer(&png);
        if (!buffer.open(QIODevice::WriteOnly) || !target->grab().save(&buffer, "PNG")) {
            printLine(stderr, u"quorum: "_qs + QCoreApplication::translate("Quorum::CommandLine", "%1: cannot be written.")
                                                   .arg(QFileInfo(commandLine.screenshot).absoluteFilePath()));
            return 1;
        }
        if (auto written = writeExportFile(commandLine.screenshot, png, window.workspace()->filePath()); !written) {
            printLine(stderr, u"quorum: "_qs + written.error());
            return 1;
        }
        return 0;
    }
    window.show();
    return application.exec();
}
