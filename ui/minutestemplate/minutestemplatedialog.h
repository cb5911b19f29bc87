// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bilingualtext.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace Quorum {

class RecordTableModel;
class RecordTableView;
class Workspace;

// A council's minutes template (core/synthesis/minutestemplate.h): the sections its drafts
// have, in order, each with a kind and, if the council words it differently, its own
// titles. Edited in place like every table (Insert, Delete, Ctrl+Shift+Up/Down); "Start from
// Quorum's sections" fills an empty template to edit from. Every change is one undo step.
class MinutesTemplateDialog : public QDialog
{
    Q_OBJECT

public:
    MinutesTemplateDialog(Workspace *workspace, qint64 councilId, Language language, QWidget *parent = nullptr);
    RecordTableView *view() const { return m_view; }
    QPushButton *startButton() const { return m_start; }
    QLabel *message() const { return m_message; }

private:
    void startFromDefaults();
    void refreshStart();

    Workspace *m_workspace;
    qint64 m_councilId;
    RecordTableModel *m_model;
    RecordTableView *m_view;
    QPushButton *m_start;
    QLabel *m_message;
};

} // namespace Quorum
