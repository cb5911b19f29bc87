// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace Quorum {

// An inline bar above the work area for errors and notices that need no decision:
// a refused edit, a file that could not be written. It stays until dismissed or replaced.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Error, Information };
    explicit MessageBar(QWidget *parent = nullptr);
    void showMessage(const QString &text, Kind kind = Kind::Error);
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLabel *m_label;
    QToolButton *m_close;
};

} // namespace Quorum
