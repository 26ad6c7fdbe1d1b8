#include "LibraryChooser.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace Clearance {

QString LibraryChooser::recover(QWidget *parent, const QString &path, const QString &error)
{
    const QString filter = tr("Clearance libraries (*.sqlite *.db);;All files (*)");
    for (;;) {
        QMessageBox box(parent);
        box.setIcon(QMessageBox::Critical);
        box.setWindowTitle(tr("Cannot Open the Library"));
        box.setText(tr("The library %1 cannot be opened.").arg(QDir::toNativeSeparators(path)));
        box.setInformativeText(error);
        QPushButton *choose = box.addButton(tr("Choose another library…"), QMessageBox::AcceptRole);
        QPushButton *create = box.addButton(tr("Create a new library…"), QMessageBox::ActionRole);
        QPushButton *quit = box.addButton(tr("Quit"), QMessageBox::RejectRole);
        choose->setAccessibleName(tr("Choose another library"));
        create->setAccessibleName(tr("Create a new library"));
        quit->setAccessibleName(tr("Quit Clearance"));
        box.setDefaultButton(choose);
        box.setEscapeButton(quit);
        box.exec();
        const QString dir = QFileInfo(path).absolutePath();
        if (box.clickedButton() == choose) {
            const QString chosen = QFileDialog::getOpenFileName(parent, tr("Open Library"), dir, filter);
            if (!chosen.isEmpty())
                return chosen;
        } else if (box.clickedButton() == create) {
            const QString chosen = QFileDialog::getSaveFileName(
                parent, tr("New Library"), dir + QStringLiteral("/library.sqlite"), filter);
            if (!chosen.isEmpty()) {
                // A new library starts empty: an existing file of that name is replaced.
                // (The save dialog has asked before replacing it.)
                for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                    QFile::remove(chosen + suffix);
                return chosen;
            }
        } else {
            return {};
        }
    }
}

} // namespace Clearance
