// SPDX-License-Identifier: GPL-3.0-or-later
#include "choicedelegate.h"

#include "models/recordtablemodel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Quorum {
namespace {

FieldType fieldType(const QModelIndex &index)
{
    return FieldType(index.data(RecordTableModel::FieldTypeRole).toInt());
}

// The option list and the key of its values for a combo-edited cell.
std::pair<QVariantList, QString> comboOptions(const QModelIndex &index)
{
    if (fieldType(index) == FieldType::Choice)
        return {index.data(RecordTableModel::ChoicesRole).toList(), QStringLiteral("code")};
    return {index.data(RecordTableModel::ReferenceOptionsRole).toList(), QStringLiteral("id")};
}

} // namespace

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    switch (fieldType(index)) {
    case FieldType::Choice:
    case FieldType::Reference: {
        auto *combo = new QComboBox(parent);
        const auto [options, key] = comboOptions(index);
        for (const QVariant &o : options) {
            const QVariantMap map = o.toMap();
            combo->addItem(map.value(QStringLiteral("label")).toString(), map.value(key));
        }
        return combo;
    }
    case FieldType::LongText: {
        auto *editor = new QPlainTextEdit(parent);
        editor->setTabChangesFocus(true); // Tab commits, as in every other cell
        return editor;
    }
    case FieldType::Date: {
        auto *editor = new QLineEdit(parent);
        editor->setPlaceholderText(tr("YYYY-MM-DD"));
        return editor;
    }
    case FieldType::Time: {
        auto *editor = new QLineEdit(parent);
        editor->setPlaceholderText(tr("HH:MM"));
        return editor;
    }
    default: return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QVariant value = index.data(Qt::EditRole);
        int found = -1;
        for (int i = 0; i < combo->count(); ++i) {
            const QVariant candidate = combo->itemData(i);
            if (candidate == value || (candidate.isNull() && value.isNull())
                || (!candidate.isNull() && candidate.toString() == value.toString()))
                found = i;
        }
        combo->setCurrentIndex(found);
        return;
    }
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        text->setPlainText(index.data(Qt::EditRole).toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        model->setData(index, text->toPlainText(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void ChoiceDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (qobject_cast<QPlainTextEdit *>(editor)) {
        // Room for a paragraph, not one line squeezed into the cell.
        QRect rect = option.rect;
        rect.setWidth(qMax(rect.width(), 360));
        rect.setHeight(qMax(rect.height() * 5, 140));
        if (editor->parentWidget())
            rect = rect.intersected(editor->parentWidget()->rect()).united(option.rect);
        editor->setGeometry(rect);
        return;
    }
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
}

void ChoiceDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(RecordTableModel::MissingTranslationRole).toBool()) {
        option->backgroundBrush = QColor(0xff, 0xf1, 0xcc);
        if (option->text.isEmpty())
            option->text = tr("(translation missing)");
        option->font.setItalic(true);
    }
}

} // namespace Quorum
