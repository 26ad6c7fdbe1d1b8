#pragma once

// What the window tests share: their settings in a temporary folder, and a main window on a library.

#include "MainWindow.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTest>

#include <memory>

namespace WindowTest {

// The window keeps its state in QSettings: each test program keeps it in an INI file of `folder`,
// under its own name, never in the user's settings.
inline void keepSettingsIn(const QString &folder, const QString &program)
{
    QCoreApplication::setOrganizationName(QStringLiteral("ClearanceTest"));
    QCoreApplication::setApplicationName(program);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder);
}

// A shown main window on the library; null when it could not be shown. Without a saved geometry it
// is 1400×900: on the small offscreen screen a first start would fill it.
inline std::unique_ptr<Clearance::MainWindow> openWindow(const QString &libraryPath)
{
    auto window = std::make_unique<Clearance::MainWindow>(libraryPath);
    if (!QSettings().contains(QStringLiteral("window/geometry"))) {
        window->setWindowState(Qt::WindowNoState);
        window->resize(1400, 900);
    }
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return {};
    return window;
}

} // namespace WindowTest
