// SPDX-License-Identifier: GPL-3.0-or-later
#include "persondialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Quorum {

PersonPickerDialog::PersonPickerDialog(const QString &title, const QString &question, const QList<Candidate> &candidates,
                                       QWidget *parent)
    : QDialog(parent), m_search(new QLineEdit(this)), m_list(new QListWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    auto *prompt = new QLabel(question, this);
    prompt->setWordWrap(true);
    prompt->setTextFormat(Qt::PlainText);
    m_search->setPlaceholderText(tr("Type a name…"));
    m_search->setAccessibleName(tr("Find a person"));
    m_search->setClearButtonEnabled(true);
    for (const Candidate &c : candidates) {
        auto *item = new QListWidgetItem(c.detail.isEmpty() ? c.name : tr("%1 — %2").arg(c.name, c.detail), m_list);
        item->setData(Qt::UserRole, c.personId);
        item->setData(Qt::UserRole + 1, AttendanceModel::searchKey(c.name + u' ' + c.detail));
    }
    m_list->setFocusPolicy(Qt::NoFocus); // typing always goes to the search field
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, &PersonPickerDialog::filter);
    connect(m_list, &QListWidget::currentRowChanged, this, &PersonPickerDialog::updateButtons);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    resize(420, 360);
    filter(QString());
    m_search->setFocus();
}

qint64 PersonPickerDialog::selectedPersonId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(Qt::UserRole).toLongLong() : 0;
}

void PersonPickerDialog::filter(const QString &text)
{
    const QStringList words = AttendanceModel::searchKey(text).split(u' ', Qt::SkipEmptyParts);
    int first = -1;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const QString key = item->data(Qt::UserRole + 1).toString();
        const bool match = std::all_of(words.cbegin(), words.cend(), [&](const QString &w) { return key.contains(w); });
        item->setHidden(!match);
        if (match && first < 0)
            first = i;
    }
    if (!m_list->currentItem() || m_list->currentItem()->isHidden())
        m_list->setCurrentRow(first);
    updateButtons();
}

void PersonPickerDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(selectedPersonId() > 0);
}

bool PersonPickerDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            for (int row = m_list->currentRow() + step; row >= 0 && row < m_list->count(); row += step) {
                if (!m_list->item(row)->isHidden()) {
                    m_list->setCurrentRow(row);
                    break;
                }
            }
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && selectedPersonId() > 0) {
            accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

GuestDialog::GuestDialog(const QList<std::pair<qint64, QString>> &sectors, Language language, QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_organisation(new QLineEdit(this)), m_sector(new QComboBox(this)),
      m_language(new QComboBox(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Walk-in guest"));
    auto *intro = new QLabel(tr("A guest is in the room but is not a member: they count in the balance, never in the "
                                "quorum."),
                             this);
    intro->setWordWrap(true);
    m_sector->addItem(tr("Not recorded"), QVariant());
    for (const auto &[id, name] : sectors)
        m_sector->addItem(name, id);
    // Language names in their own language, as in the menu, so anyone can find theirs.
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(m_language->findData(languageCode(language)));
    m_name->setMaxLength(300);
    m_organisation->setMaxLength(300);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("&Sector:"), m_sector);
    form->addRow(tr("&Language:"), m_language);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto updateOk = [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());
    };
    connect(m_name, &QLineEdit::textChanged, this, updateOk);
    updateOk();
    resize(440, sizeHint().height());
    m_name->setFocus();
}

AttendanceModel::Guest GuestDialog::guest() const
{
    return {m_name->text(), m_organisation->text(), m_sector->currentData().toLongLong(),
            m_language->currentData().toString()};
}

} // namespace Quorum
