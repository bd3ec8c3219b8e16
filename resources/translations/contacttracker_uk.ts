<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>AboutYou</name>
    <message>
        <source>&amp;Home country:</source>
        <translation>Ваша &amp;країна:</translation>
    </message>
    <message>
        <source>&amp;Working hours:</source>
        <translation>Робочі &amp;години:</translation>
    </message>
    <message>
        <source>A number typed without its country code is read as this country's</source>
        <translation>Номер, введений без коду країни, читається як номер цієї країни</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>Виберіть хоча б один робочий день.</translation>
    </message>
    <message>
        <source>Signs your summary e-mails and your entries in the log</source>
        <translation>Цим іменем підписано ваші підсумкові листи та записи в журналі</translation>
    </message>
    <message>
        <source>The sender of an e-mail draft written without a mail account</source>
        <translation>Відправник чернетки листа, написаної без поштового облікового запису</translation>
    </message>
    <message>
        <source>The working day should end at another time than it starts.</source>
        <translation>Робочий день має закінчуватися не тоді, коли починається.</translation>
    </message>
    <message>
        <source>Working day starts</source>
        <translation>Початок робочого дня</translation>
    </message>
    <message>
        <source>Your &amp;e-mail:</source>
        <translation>Ваша &amp;електронна пошта:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;ім’я:</translation>
    </message>
    <message>
        <source>ends</source>
        <translation>кінець</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>name@example.com</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>%1: %2 messages</source>
        <translation>%1: листів — %2</translation>
    </message>
    <message>
        <source>&amp;IMAP server:</source>
        <translation>Сервер &amp;IMAP:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Перев&amp;ірити з’єднання</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Користувач:</translation>
    </message>
    <message>
        <source>Also any address at a client's own domain (never a webmail one)</source>
        <translation>Також будь-яка адреса на власному домені клієнта (ніколи на поштовому сервісі)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Сертифікат не довірений</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>З’єднання…</translation>
    </message>
    <message>
        <source>E-mail account</source>
        <translation>Поштова скринька</translation>
    </message>
    <message>
        <source>IMAP %1: connected, login accepted. %2</source>
        <translation>IMAP %1: з’єднано, вхід прийнято. %2</translation>
    </message>
    <message>
        <source>More &amp;folders:</source>
        <translation>Ще &amp;теки:</translation>
    </message>
    <message>
        <source>New e-mail account</source>
        <translation>Нова поштова скринька</translation>
    </message>
    <message>
        <source>No Sent folder found: sent mail is not read.</source>
        <translation>Теку надісланих не знайдено: надіслані листи не читаються.</translation>
    </message>
    <message>
        <source>No keyring</source>
        <translation>Немає сховища паролів</translation>
    </message>
    <message>
        <source>No keyring works on this computer: the password is asked for when mail is synced or sent.</source>
        <translation>На цьому комп’ютері не працює жодне сховище паролів: пароль питатиме під час синхронізації чи надсилання.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <source>Password for %1 at %2:</source>
        <translation>Пароль для %1 на %2:</translation>
    </message>
    <message>
        <source>Projects, Clients/Archive</source>
        <translation>Проєкти, Клієнти/Архів</translation>
    </message>
    <message>
        <source>Read &amp;back:</source>
        <translation>&amp;Глибина читання:</translation>
    </message>
    <message>
        <source>S&amp;MTP server:</source>
        <translation>Сервер S&amp;MTP:</translation>
    </message>
    <message>
        <source>SMTP %1: connected, login accepted.</source>
        <translation>SMTP %1: з’єднано, вхід прийнято.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Перевірка з’єднання</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Перевіряємо з’єднання…</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Довіряти цьому сертифікату</translation>
    </message>
    <message>
        <source>Trust this certificate only if you know it is your mail server's.</source>
        <translation>Довіряйте цьому сертифікату, лише якщо знаєте, що це сертифікат вашого поштового сервера.</translation>
    </message>
    <message>
        <source>What the connection test found</source>
        <translation>Що знайшла перевірка з’єднання</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Робота</translation>
    </message>
    <message>
        <source>Your &amp;addresses:</source>
        <translation>Ваші &amp;адреси:</translation>
    </message>
    <message>
        <source>Your own addresses: a letter from one of them is one you sent</source>
        <translation>Ваші власні адреси: лист від будь-якої з них — це лист, який надіслали ви</translation>
    </message>
    <message>
        <source>kept in the keyring; type to change it</source>
        <translation>збережено у сховищі паролів; введіть, щоб змінити</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>зберігається у системному сховищі паролів</translation>
    </message>
    <message>
        <source>me@studio.example, office@studio.example</source>
        <translation>me@studio.example, office@studio.example</translation>
    </message>
    <message>
        <source>smtp.example.com (to send from the app)</source>
        <translation>smtp.example.com (щоб надсилати з програми)</translation>
    </message>
    <message>
        <source>the first address, when empty</source>
        <translation>перша адреса, якщо порожньо</translation>
    </message>
</context>
<context>
    <name>Age</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дні</numerusform>
            <numerusform>%n днів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n год</numerusform>
            <numerusform>%n год</numerusform>
            <numerusform>%n год</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n хв</numerusform>
            <numerusform>%n хв</numerusform>
            <numerusform>%n хв</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Databases (*.db);;All files (*)</source>
        <translation>Бази даних (*.db);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Enter the password…</source>
        <translation>Ввести пароль…</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>Відкрити іншу базу…</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Відкрити базу</translation>
    </message>
    <message>
        <source>Open the local database</source>
        <translation>Відкрити локальну базу</translation>
    </message>
    <message>
        <source>Password for {where}:</source>
        <translation>Пароль до {where}:</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Відновити останню резервну копію</translation>
    </message>
    <message>
        <source>Restored the backup of {backup}. The file that could not be opened was kept as {aside}.</source>
        <translation>Відновлено резервну копію {backup}. Файл, який не вдалося відкрити, збережено як {aside}.</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

Nothing you saved was lost. Details are in the log: {log}</source>
        <translation>Щось пішло не так: {error}

Нічого зі збереженого не втрачено. Подробиці в журналі: {log}</translation>
    </message>
    <message>
        <source>The automatic backup failed: {error}</source>
        <translation>Автоматичне резервне копіювання не вдалося: {error}</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Спробувати ще раз</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <source>Overdue</source>
        <translation>Прострочено</translation>
    </message>
    <message>
        <source>Waiting %1</source>
        <translation>Чекає %1</translation>
    </message>
    <message>
        <source>asked %1 ago</source>
        <translation>запитали %1 тому</translation>
    </message>
</context>
<context>
    <name>AttentionPage</name>
    <message>
        <source> — the oldest %1 of %2</source>
        <translation> — найстаріші %1 з %2</translation>
    </message>
    <message>
        <source>&amp;Confirm receipt…</source>
        <translation>&amp;Підтвердити отримання…</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <source>&amp;Log conversation…</source>
        <translation>&amp;Записати розмову…</translation>
    </message>
    <message>
        <source>&amp;Log follow-up…</source>
        <translation>&amp;Записати повторний контакт…</translation>
    </message>
    <message>
        <source>&amp;Log reply…</source>
        <translation>&amp;Записати відповідь…</translation>
    </message>
    <message>
        <source>&amp;Open client</source>
        <translation>&amp;Відкрити клієнта</translation>
    </message>
    <message>
        <source>&amp;Write summary e-mail…</source>
        <translation>&amp;Написати підсумковий лист…</translation>
    </message>
    <message>
        <source>Close this item without recording anything (Ctrl+D)</source>
        <translation>Закрити цей пункт, нічого не записуючи (Ctrl+D)</translation>
    </message>
    <message>
        <source>Confirmed by %1</source>
        <translation>Підтверджено через %1</translation>
    </message>
    <message>
        <source>Items in the queue</source>
        <translation>Пункти в черзі</translation>
    </message>
    <message>
        <source>Open the client's program with the message written (Enter)</source>
        <translation>Відкрити програму клієнта з уже написаним повідомленням (Enter)</translation>
    </message>
    <message>
        <source>Put this item off: for 2 hours, until tomorrow morning, next week… (Ctrl+B)</source>
        <translation>Відкласти цей пункт: на 2 години, до завтрашнього ранку, на наступний тиждень… (Ctrl+B)</translation>
    </message>
    <message>
        <source>S&amp;nooze…</source>
        <translation>Від&amp;класти…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Відкласти</translation>
    </message>
    <message>
        <source>The client said they got the e-mail: record it (Ctrl+Y)</source>
        <translation>Клієнт підтвердив, що отримав лист: записати це (Ctrl+Y)</translation>
    </message>
    <message>
        <source>Write up what was agreed (Ctrl+Shift+E)</source>
        <translation>Записати домовленості листом (Ctrl+Shift+E)</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>backups of a shared database are the server's job</source>
        <translation>резервні копії спільної бази робить сервер</translation>
    </message>
    <message>
        <source>not restored: a restore first keeps a copy of the database as it is, and {reason}</source>
        <translation>не відновлено: перед відновленням зберігається копія бази даних у теперішньому стані, а {reason}</translation>
    </message>
    <message>
        <source>restoring a shared database is the server's job</source>
        <translation>спільну базу відновлює сервер</translation>
    </message>
    <message>
        <source>{out}: already exists; choose a new file name</source>
        <translation>{out}: уже існує; оберіть нову назву файлу</translation>
    </message>
    <message>
        <source>{path}: cannot be opened ({exc})</source>
        <translation>{path}: не вдається відкрити ({exc})</translation>
    </message>
    <message>
        <source>{path}: made by a newer contacttracker (schema {version})</source>
        <translation>{path}: створено новішою версією contacttracker (схема {version})</translation>
    </message>
    <message>
        <source>{path}: not a contacttracker database</source>
        <translation>{path}: це не база contacttracker</translation>
    </message>
    <message>
        <source>{path}: not a contacttracker database ({exc})</source>
        <translation>{path}: це не база contacttracker ({exc})</translation>
    </message>
    <message>
        <source>{path}: the backup could not be written ({exc}); nothing was changed</source>
        <translation>{path}: не вдалося записати резервну копію ({exc}); нічого не змінено</translation>
    </message>
    <message>
        <source>{path}: the copy is damaged ({result})</source>
        <translation>{path}: копія пошкоджена ({result})</translation>
    </message>
    <message>
        <source>{source}: no such file</source>
        <translation>{source}: такого файлу немає</translation>
    </message>
    <message>
        <source>{target}: the copy could not be written ({exc}); nothing was kept</source>
        <translation>{target}: не вдалося записати копію ({exc}); нічого не збережено</translation>
    </message>
    <message>
        <source>{target}: the copy did not check out ({result}); nothing was kept</source>
        <translation>{target}: копія не пройшла перевірку ({result}); нічого не збережено</translation>
    </message>
    <message>
        <source>{target}: {reason}; nothing was kept</source>
        <translation>{target}: {reason}; нічого не збережено</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>No data yet for this period.</source>
        <translation>За цей період даних ще немає.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Зображення PNG (*.png)</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Зберегти діаграму</translation>
    </message>
    <message>
        <source>Save figures</source>
        <translation>Зберегти дані</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Зустріч</translation>
    </message>
    <message>
        <source>Microsoft Teams</source>
        <translation>Microsoft Teams</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Skype</source>
        <translation>Skype</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>Соцмережа</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>Viber</source>
        <translation>Viber</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Відеодзвінок</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
</context>
<context>
    <name>ChannelTable</name>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Channels, best first</source>
        <translation>Канали, найкращий першим</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Контакт</translation>
    </message>
</context>
<context>
    <name>ChannelVia</name>
    <message>
        <source>e-mail</source>
        <translation>ел. пошту</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>зустріч</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>social network</source>
        <translation>соцмережу</translation>
    </message>
    <message>
        <source>video call</source>
        <translation>відеодзвінок</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <source>a channel key is 1-32 lowercase latin letters, digits or '_', starting with a letter</source>
        <translation>ключ каналу — від 1 до 32 малих латинських літер, цифр або '_', на початку літера</translation>
    </message>
    <message>
        <source>a channel needs a name</source>
        <translation>каналу потрібна назва</translation>
    </message>
    <message>
        <source>a custom link is an https:// address with {handle} in it</source>
        <translation>власне посилання — це адреса https:// з {handle} всередині</translation>
    </message>
    <message>
        <source>a handle is a single line</source>
        <translation>контакт має бути одним рядком</translation>
    </message>
    <message>
        <source>a handle is at most {most} characters</source>
        <translation>контакт може мати щонайбільше {most} символів</translation>
    </message>
    <message>
        <source>channel {key!r} already exists</source>
        <translation>канал {key!r} уже є</translation>
    </message>
    <message>
        <source>the handle is empty</source>
        <translation>контакт порожній</translation>
    </message>
    <message>
        <source>{value!r} is not an e-mail address</source>
        <translation>{value!r} — не адреса ел. пошти</translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <source>&amp;Edit client…</source>
        <translation>&amp;Редагувати клієнта…</translation>
    </message>
    <message>
        <source>Answer within %1 h</source>
        <translation>Відповідати протягом %1 год</translation>
    </message>
    <message>
        <source>Answer within the default response time</source>
        <translation>Відповідати у звичайний строк</translation>
    </message>
    <message>
        <source>Check in by %1</source>
        <translation>Нагадати про себе через %1</translation>
    </message>
    <message>
        <source>Choose a client on the left, or add one with Ctrl+N.</source>
        <translation>Виберіть клієнта ліворуч або додайте нового через Ctrl+N.</translation>
    </message>
    <message>
        <source>Contact by %1</source>
        <translation>Зв'язатися через %1</translation>
    </message>
    <message>
        <source>It is %1 for %2, outside their preferred hours (%3). Call anyway?</source>
        <translation>У %2 зараз %1, поза зручними годинами (%3). Все одно дзвонити?</translation>
    </message>
    <message>
        <source>No channels yet: edit the client.</source>
        <translation>Каналів ще немає: відредагуйте клієнта.</translation>
    </message>
    <message>
        <source>No client selected</source>
        <translation>Клієнта не вибрано</translation>
    </message>
    <message>
        <source>Nothing on this computer opens %1 links. Install %2 or copy the handle: %3</source>
        <translation>На цьому комп’ютері ніщо не відкриває посилання %1. Встановіть %2 або скопіюйте контакт: %3</translation>
    </message>
    <message>
        <source>Open in the program that handles this channel</source>
        <translation>Відкрити в програмі, що обслуговує цей канал</translation>
    </message>
    <message>
        <source>Open in the program that handles this channel; right-click to write a message</source>
        <translation>Відкрити в програмі цього каналу; правий клік — написати повідомлення</translation>
    </message>
    <message>
        <source>Outside their hours</source>
        <translation>Поза їхніми годинами</translation>
    </message>
    <message>
        <source>Projects: %1</source>
        <translation>Проєкти: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Мітки: %1</translation>
    </message>
    <message>
        <source>Their time: %1 (%2)</source>
        <translation>У них зараз: %1 (%2)</translation>
    </message>
    <message>
        <source>There is no link to open for this channel; the handle is: %1</source>
        <translation>Для цього каналу немає посилання; контакт: %1</translation>
    </message>
    <message>
        <source>a good time to call</source>
        <translation>слушний час для дзвінка</translation>
    </message>
    <message numerus="yes">
        <source>keep in touch every %n day(s)</source>
        <translation>
            <numerusform>нагадувати кожен %n день</numerusform>
            <numerusform>нагадувати кожні %n дні</numerusform>
            <numerusform>нагадувати кожні %n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>last contact %1</source>
        <translation>останній контакт %1</translation>
    </message>
    <message>
        <source>outside their hours</source>
        <translation>поза їхніми годинами</translation>
    </message>
    <message>
        <source>prefers %1 — %2</source>
        <translation>зручно %1 — %2</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> год</translation>
    </message>
    <message>
        <source>&amp;Add channel</source>
        <translation>&amp;Додати канал</translation>
    </message>
    <message>
        <source>&amp;Channels:</source>
        <translation>Кана&amp;ли:</translation>
    </message>
    <message>
        <source>&amp;Keep in touch every:</source>
        <translation>&amp;Нагадувати кожні:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ім’я:</translation>
    </message>
    <message>
        <source>&amp;Response time:</source>
        <translation>Строк &amp;відповіді:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Часовий пояс:</translation>
    </message>
    <message>
        <source>Archived (hidden from lists and queues)</source>
        <translation>В архіві (прихований зі списків і черг)</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>&amp;Компанія:</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>Відкинути зміни?</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Нижче</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Редагування клієнта</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Новий клієнт</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>Нот&amp;атки:</translation>
    </message>
    <message>
        <source>Please correct</source>
        <translation>Будь ласка, виправте</translation>
    </message>
    <message>
        <source>Preferred &amp;hours:</source>
        <translation>Зручні &amp;години:</translation>
    </message>
    <message>
        <source>Rank the selected channel higher (Alt+Up)</source>
        <translation>Поставити вибраний канал вище (Alt+Up)</translation>
    </message>
    <message>
        <source>Rank the selected channel lower (Alt+Down)</source>
        <translation>Поставити вибраний канал нижче (Alt+Down)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Мі&amp;тки:</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вище</translation>
    </message>
    <message>
        <source>Use %1 (the phone's country)</source>
        <translation>Узяти %1 (за номером телефону)</translation>
    </message>
    <message>
        <source>What you changed has not been saved. Close and lose it?</source>
        <translation>Ваші зміни не збережено. Закрити й втратити їх?</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>через кому</translation>
    </message>
    <message>
        <source>default</source>
        <translation>типово</translation>
    </message>
    <message>
        <source>no rhythm</source>
        <translation>без ритму</translation>
    </message>
</context>
<context>
    <name>ClientErasure</name>
    <message numerus="yes">
        <source>%1 and %n conversation(s) were deleted for good.</source>
        <translation>
            <numerusform>%1 і %n розмову видалено назавжди.</numerusform>
            <numerusform>%1 і %n розмови видалено назавжди.</numerusform>
            <numerusform>%1 і %n розмов видалено назавжди.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete for good</source>
        <translation>&amp;Видалити назавжди</translation>
    </message>
    <message>
        <source>A backup of the database is taken first; File → Restore from backup… brings it back.</source>
        <translation>Спершу буде зроблено резервну копію бази; Файл → Відновити з резервної копії… поверне все назад.</translation>
    </message>
    <message>
        <source>Delete %1 for good?</source>
        <translation>Видалити %1 назавжди?</translation>
    </message>
    <message>
        <source>Delete client for good</source>
        <translation>Видалення клієнта назавжди</translation>
    </message>
    <message>
        <source>Deleted for good</source>
        <translation>Видалено назавжди</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Не видалено</translation>
    </message>
    <message>
        <source>The backup from just before: %1</source>
        <translation>Резервна копія, зроблена перед цим: %1</translation>
    </message>
    <message numerus="yes">
        <source>This erases the client, their channels and projects and %n conversation(s) with them. It cannot be undone: nothing of it goes to the Trash.</source>
        <translation>
            <numerusform>Буде стерто клієнта, його канали й проєкти та %n розмову з ним. Цього не можна скасувати: нічого з цього не потрапить до кошика.</numerusform>
            <numerusform>Буде стерто клієнта, його канали й проєкти та %n розмови з ним. Цього не можна скасувати: нічого з цього не потрапить до кошика.</numerusform>
            <numerusform>Буде стерто клієнта, його канали й проєкти та %n розмов з ним. Цього не можна скасувати: нічого з цього не потрапить до кошика.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the shared database: no backup is taken here (that is the server's job).</source>
        <translation>Це спільна база: резервна копія тут не робиться (це справа сервера).</translation>
    </message>
    <message>
        <source>To keep the client but hide them from lists and queues, archive them instead.</source>
        <translation>Щоб зберегти клієнта, але прибрати його зі списків і черг, краще заархівуйте його.</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source> (archived)</source>
        <translation> (в архіві)</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Type a name, company or handle</source>
        <translation>Введіть ім’я, компанію або контакт</translation>
    </message>
</context>
<context>
    <name>Clients</name>
    <message>
        <source>keep-in-touch days must be more than 0 and at most {most}</source>
        <translation>кількість днів між контактами має бути більшою за 0 і не більшою за {most}</translation>
    </message>
    <message>
        <source>language must be one of {value1}</source>
        <translation>мова має бути однією з: {value1}</translation>
    </message>
    <message>
        <source>no backup could be taken, so nothing was erased: {reason}</source>
        <translation>не вдалося зробити резервну копію, тож нічого не видалено: {reason}</translation>
    </message>
    <message>
        <source>preferred hours {text!r} are not times of day</source>
        <translation>зручні години {text!r} — не час доби</translation>
    </message>
    <message>
        <source>preferred hours {text!r} should look like 09:00-18:00</source>
        <translation>зручні години {text!r} мають виглядати як 09:00-18:00</translation>
    </message>
    <message>
        <source>response time must be more than 0 and at most {most} hours</source>
        <translation>строк відповіді має бути більшим за 0 і не більшим за {most} год</translation>
    </message>
    <message>
        <source>the client needs a name</source>
        <translation>клієнтові потрібне ім’я</translation>
    </message>
    <message>
        <source>the company is longer than {most} characters</source>
        <translation>назва компанії довша за {most} символів</translation>
    </message>
    <message>
        <source>the name is longer than {most} characters</source>
        <translation>ім’я довше за {most} символів</translation>
    </message>
    <message>
        <source>unknown channel {key!r}</source>
        <translation>невідомий канал {key!r}</translation>
    </message>
    <message>
        <source>{time_zone!r} is not a known time zone (e.g. Europe/Kyiv)</source>
        <translation>{time_zone!r} — невідомий часовий пояс (наприклад, Europe/Kyiv)</translation>
    </message>
    <message>
        <source>{value!r} is not a phone number</source>
        <translation>{value!r} — не номер телефону</translation>
    </message>
    <message>
        <source>{value!r} is not a possible phone number</source>
        <translation>{value!r} — неможливий номер телефону</translation>
    </message>
    <message>
        <source>{value1}: {exc}</source>
        <translation>{value1}: {exc}</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n клієнт</numerusform>
            <numerusform>%n клієнти</numerusform>
            <numerusform>%n клієнтів</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add a client…</source>
        <translation>&amp;Додати клієнта…</translation>
    </message>
    <message>
        <source>&amp;Clear the filter</source>
        <translation>&amp;Очистити фільтр</translation>
    </message>
    <message>
        <source>&amp;Delete client for good…</source>
        <translation>&amp;Видалити клієнта назавжди…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Історія…</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Імпортувати контакти…</translation>
    </message>
    <message>
        <source>&amp;Import history…</source>
        <translation>&amp;Імпортувати історію…</translation>
    </message>
    <message>
        <source>&amp;Log conversation…</source>
        <translation>&amp;Записати розмову…</translation>
    </message>
    <message>
        <source>&amp;Write summary e-mail…</source>
        <translation>&amp;Підсумковий лист…</translation>
    </message>
    <message>
        <source>Add your first client, or import the contacts you have.</source>
        <translation>Додайте першого клієнта або імпортуйте наявні контакти.</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <source>Con&amp;firm receipt…</source>
        <translation>&amp;Підтвердити…</translation>
    </message>
    <message>
        <source>Conversation log</source>
        <translation>Журнал розмов</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Змінити…</translation>
    </message>
    <message>
        <source>Filter by name, company, tag or handle</source>
        <translation>Фільтр за ім’ям, компанією, міткою або контактом</translation>
    </message>
    <message>
        <source>Filter clients</source>
        <translation>Фільтр клієнтів</translation>
    </message>
    <message>
        <source>Log a call, a message or a meeting, or import a chat or the mailbox.</source>
        <translation>Запишіть дзвінок, повідомлення чи зустріч або імпортуйте листування з месенджера чи поштової скриньки.</translation>
    </message>
    <message>
        <source>Log a conversation…</source>
        <translation>Записати розмову…</translation>
    </message>
    <message>
        <source>Move this %1 of %2 to the trash?</source>
        <translation>Перемістити цей запис (%1, %2) до кошика?</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>До &amp;кошика</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Перемістити до кошика</translation>
    </message>
    <message>
        <source>Names, companies, tags and every handle are searched.</source>
        <translation>Пошук іде за іменами, компаніями, мітками й усіма контактами.</translation>
    </message>
    <message>
        <source>No client matches “%1”.</source>
        <translation>Жоден клієнт не відповідає «%1».</translation>
    </message>
    <message>
        <source>No clients yet.</source>
        <translation>Клієнтів поки немає.</translation>
    </message>
    <message>
        <source>No conversations with this client yet.</source>
        <translation>З цим клієнтом ще не було розмов.</translation>
    </message>
    <message>
        <source>Read the history as a thread, or as the table</source>
        <translation>Читати історію як стрічку або як таблицю</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Показати &amp;архівних</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>&amp;Стрічка</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Agreements</source>
        <translation>Домовленості</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архіві</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компанія</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Знайдено</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Не імпортувати</translation>
    </message>
    <message>
        <source>Keep in touch, days</source>
        <translation>Тримати зв’язок, днів</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Останній контакт</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Microsoft Teams</source>
        <translation>Microsoft Teams</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Наступний крок</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкриті</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Відкриті справи</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Бажаний канал</translation>
    </message>
    <message>
        <source>Preferred hours</source>
        <translation>Зручні години</translation>
    </message>
    <message>
        <source>Response time, hours</source>
        <translation>Час відповіді, годин</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Skype</source>
        <translation>Skype</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>Соцмережа</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Підсумок</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовий пояс</translation>
    </message>
    <message>
        <source>Viber</source>
        <translation>Viber</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>E-mail to %1</source>
        <translation>Лист: %1</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Від:</translation>
    </message>
    <message>
        <source>Not an e-mail address: %1</source>
        <translation>Не адреса ел. пошти: %1</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Не надіслано</translation>
    </message>
    <message>
        <source>S&amp;end</source>
        <translation>Н&amp;адіслати</translation>
    </message>
    <message>
        <source>Send it from %1; a copy goes to Sent and it is recorded (Ctrl+Enter)</source>
        <translation>Надіслати з %1; копія піде в «Надіслані», а лист буде записано (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Надіслано</translation>
    </message>
    <message>
        <source>Text of the e-mail</source>
        <translation>Текст листа</translation>
    </message>
    <message>
        <source>The e-mail has no text.</source>
        <translation>У листі немає тексту.</translation>
    </message>
    <message>
        <source>Whom is it to? Add the client's e-mail address.</source>
        <translation>Кому лист? Додайте адресу ел. пошти клієнта.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примітка:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Коли:</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(без теми)</translation>
    </message>
    <message>
        <source>Confirm receipt</source>
        <translation>Підтвердження отримання</translation>
    </message>
    <message>
        <source>Confirmed &amp;by:</source>
        <translation>Підтверджено &amp;через:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Лист:</translation>
    </message>
    <message>
        <source>Optional, e.g. “got it, will reply tomorrow”</source>
        <translation>Необов’язково, напр. «отримали, відповімо завтра»</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Close without saving</source>
        <translation>Закрити без збереження</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Редагувати далі</translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation>Зберегти мою замість їхньої</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Збережено кимось іншим</translation>
    </message>
    <message>
        <source>Take theirs, drop mine</source>
        <translation>Узяти їхню, мою відкинути</translation>
    </message>
    <message>
        <source>Theirs:</source>
        <translation>Їхня версія:</translation>
    </message>
    <message>
        <source>Whatever you choose, the version replaced stays in the history.</source>
        <translation>Хоч що ви оберете, замінена версія лишиться в історії.</translation>
    </message>
    <message>
        <source>Yours:</source>
        <translation>Ваша версія:</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>хтось інший</translation>
    </message>
    <message>
        <source>someone else saved this {table} after you opened it</source>
        <translation>хтось інший зберіг цей запис ({table}) після того, як ви його відкрили</translation>
    </message>
    <message>
        <source>{who} moved it to the trash at {when}, after you opened it.</source>
        <translation>{who} переніс це до кошика о {when}, уже після того, як ви відкрили.</translation>
    </message>
    <message>
        <source>{who} saved it at {when}, after you opened it.</source>
        <translation>{who} зберіг це о {when}, уже після того, як ви відкрили.</translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <source>direction must be 'in' or 'out'</source>
        <translation>напрям має бути 'in' або 'out'</translation>
    </message>
    <message>
        <source>duration {minutes} is not between 0 and {most} minutes</source>
        <translation>тривалість {minutes} має бути від 0 до {most} хвилин</translation>
    </message>
    <message>
        <source>no such client</source>
        <translation>такого клієнта немає</translation>
    </message>
    <message>
        <source>only an e-mail we sent can be confirmed</source>
        <translation>підтвердити можна лише надісланий нами лист</translation>
    </message>
    <message>
        <source>the agreements are longer than {most} characters</source>
        <translation>домовленості довші за {most} символів</translation>
    </message>
    <message>
        <source>the project name is longer than {most} characters</source>
        <translation>назва проєкту довша за {most} символів</translation>
    </message>
    <message>
        <source>the subject is longer than {most} characters</source>
        <translation>тема довша за {most} символів</translation>
    </message>
    <message>
        <source>the summary is longer than {most} characters</source>
        <translation>підсумок довший за {most} символів</translation>
    </message>
    <message>
        <source>the time has no time zone</source>
        <translation>у часу немає часового поясу</translation>
    </message>
    <message>
        <source>this e-mail is already confirmed</source>
        <translation>цей лист уже підтверджено</translation>
    </message>
    <message>
        <source>unknown channel {channel!r}</source>
        <translation>невідомий канал {channel!r}</translation>
    </message>
    <message>
        <source>{queue!r} items cannot be closed by hand</source>
        <translation>пункти {queue!r} не можна закрити вручну</translation>
    </message>
    <message>
        <source>{value1}: no such conversation</source>
        <translation>{value1}: такої розмови немає</translation>
    </message>
</context>
<context>
    <name>Copy</name>
    <message>
        <source>Copied into {target}: {clients} clients added, {known} were already there; {added} conversations added, {skipped} were already there.</source>
        <translation>Скопійовано в {target}: клієнтів додано {clients}, уже були {known}; розмов додано {added}, уже були {skipped}.</translation>
    </message>
    <message>
        <source>{target}: that is the database being copied</source>
        <translation>{target}: це та сама база, яку копіюють</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>This database was written by a newer contacttracker (schema {start}, this version understands up to {CURRENT_VERSION}). Update the app to open it; nothing was changed.</source>
        <translation>Цю базу записала новіша версія contacttracker (схема {start}, ця версія розуміє до {CURRENT_VERSION}). Оновіть програму, щоб її відкрити; нічого не змінено.</translation>
    </message>
    <message>
        <source>no database at {path} (check the path; import or demo creates a new one)</source>
        <translation>немає бази даних за адресою {path} (перевірте шлях; нову створює import або demo)</translation>
    </message>
    <message>
        <source>this database was not made by contacttracker</source>
        <translation>цю базу створено не contacttracker</translation>
    </message>
    <message>
        <source>{path}: another program is holding the database locked. Close it and try again, or open another database.</source>
        <translation>{path}: інша програма тримає базу заблокованою. Закрийте її і спробуйте ще раз або відкрийте іншу базу.</translation>
    </message>
    <message>
        <source>{path}: another program is writing to the database; waiting up to {seconds} s…</source>
        <translation>{path}: інша програма записує в базу; чекаємо до {seconds} с…</translation>
    </message>
    <message>
        <source>{path}: cannot be opened: the disk is full or cannot be written ({exc}). The file was not changed; free some space and try again.</source>
        <translation>{path}: не вдається відкрити: диск заповнений або на нього неможливо записати ({exc}). Файл не змінено; звільніть місце й спробуйте ще раз.</translation>
    </message>
    <message>
        <source>{path}: cannot open the database ({exc})</source>
        <translation>{path}: не вдається відкрити базу ({exc})</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a database file</source>
        <translation>{path}: це тека, а не файл бази</translation>
    </message>
    <message>
        <source>{path}: the database file is damaged ({exc})</source>
        <translation>{path}: файл бази пошкоджено ({exc})</translation>
    </message>
    <message>
        <source>{path}: the database is read-only here (no permission to write the file or its folder). Copy it somewhere writable, or open another database.</source>
        <translation>{path}: тут базу можна лише читати (немає права запису у файл або його теку). Скопіюйте її туди, де можна писати, або відкрийте іншу базу.</translation>
    </message>
    <message>
        <source>{path}: this database belongs to another program</source>
        <translation>{path}: ця база належить іншій програмі</translation>
    </message>
    <message>
        <source>{path}: this file is not a contacttracker database</source>
        <translation>{path}: цей файл — не база contacttracker</translation>
    </message>
    <message>
        <source>{value}: unknown kind of database (use a file path or postgresql://)</source>
        <translation>{value}: невідомий вид бази (вкажіть шлях до файлу або postgresql://)</translation>
    </message>
    <message>
        <source>{value}: write sqlite:///path/to/file.db (three slashes)</source>
        <translation>{value}: пишіть sqlite:///шлях/до/файлу.db (три скісні риски)</translation>
    </message>
    <message>
        <source>{where}: another program held the database locked for too long; the change under way was not saved. Try again when it has finished.</source>
        <translation>{where}: інша програма надто довго тримала базу заблокованою; поточну зміну не збережено. Спробуйте ще раз, коли вона завершить роботу.</translation>
    </message>
    <message>
        <source>{where}: the PostgreSQL driver is not installed. Install contacttracker with its team extra (psycopg), or open a local file.</source>
        <translation>{where}: драйвер PostgreSQL не встановлено. Встановіть contacttracker з додатком team (psycopg) або відкрийте локальний файл.</translation>
    </message>
    <message>
        <source>{where}: the database could not be brought up to date ({exc}).</source>
        <translation>{where}: не вдалося оновити базу до поточної версії ({exc}).</translation>
    </message>
    <message>
        <source>{where}: the database failed ({exc}); the change under way was not saved.</source>
        <translation>{where}: помилка бази даних ({exc}); поточну зміну не збережено.</translation>
    </message>
    <message>
        <source>{where}: the database file is damaged ({exc})</source>
        <translation>{where}: файл бази пошкоджено ({exc})</translation>
    </message>
    <message>
        <source>{where}: the database refused the change ({exc}); it was not saved.</source>
        <translation>{where}: база відхилила зміну ({exc}); її не збережено.</translation>
    </message>
    <message>
        <source>{where}: the disk is full (or failed) while writing; the change under way was not saved. Free some space and try again.</source>
        <translation>{where}: диск заповнений (або збій диска) під час запису; поточну зміну не збережено. Звільніть місце і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>{where}: the server has no such database. Ask whoever runs it to create it.</source>
        <translation>{where}: на сервері немає такої бази. Попросіть адміністратора сервера створити її.</translation>
    </message>
    <message>
        <source>{where}: the server refused the user name or password.</source>
        <translation>{where}: сервер не прийняв ім'я користувача або пароль.</translation>
    </message>
    <message>
        <source>{where}: the shared database cannot be reached (the server does not answer, or the network is down).</source>
        <translation>{where}: спільна база недоступна (сервер не відповідає або немає мережі).</translation>
    </message>
    <message>
        <source>{where}: the shared database stopped answering; the change under way was not saved.</source>
        <translation>{where}: спільна база перестала відповідати; поточну зміну не збережено.</translation>
    </message>
</context>
<context>
    <name>DatabaseSwitching</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Не вдається відкрити базу</translation>
    </message>
    <message>
        <source>Databases (*.db)</source>
        <translation>Бази даних (*.db)</translation>
    </message>
    <message>
        <source>Databases (*.db);;All files (*)</source>
        <translation>Бази даних (*.db);;Усі файли (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Нова база</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Відкрити базу</translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation>Спільна база</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the password in, so the app will ask for it at each start.</source>
        <translation>На цьому комп'ютері немає сховища паролів, тож програма питатиме пароль під час кожного запуску.</translation>
    </message>
</context>
<context>
    <name>DateFields</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n день тому</numerusform>
            <numerusform>%n дні тому</numerusform>
            <numerusform>%n днів тому</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дні</numerusform>
            <numerusform>через %n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>сьогодні</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>завтра</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>учора</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>confirm by {time} · {span} left</source>
        <translation>підтвердити до {time} · лишилося {span}</translation>
    </message>
    <message>
        <source>due by {time} · {span} left</source>
        <translation>до {time} · лишилося {span}</translation>
    </message>
    <message>
        <source>follow up by {time} · {span} left</source>
        <translation>нагадати до {time} · лишилося {span}</translation>
    </message>
    <message>
        <source>follow up today</source>
        <translation>нагадати сьогодні</translation>
    </message>
    <message>
        <source>overdue by {span}</source>
        <translation>прострочено на {span}</translation>
    </message>
    <message>
        <source>reply by {time} · {span} left</source>
        <translation>відповісти до {time} · лишилося {span}</translation>
    </message>
    <message>
        <source>summary by {time} · {span} left</source>
        <translation>підсумковий лист до {time} · лишилося {span}</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <source>↑ out</source>
        <translation>↑ вих</translation>
    </message>
    <message>
        <source>↓ in</source>
        <translation>↓ вх</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Not saved: {reason}. Nothing was changed, and what you typed is still here; try again once that is fixed.</source>
        <translation>Не збережено: {reason}. Нічого не змінено, і все введене лишилося тут; спробуйте ще раз, коли це буде виправлено.</translation>
    </message>
    <message>
        <source>another program is holding the database locked</source>
        <translation>інша програма тримає базу заблокованою</translation>
    </message>
    <message>
        <source>the database cannot be written to (read-only)</source>
        <translation>у базу не можна писати (лише читання)</translation>
    </message>
    <message>
        <source>the database refused it ({error})</source>
        <translation>база відмовила ({error})</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заповнений</translation>
    </message>
    <message>
        <source>the shared database cannot be reached</source>
        <translation>спільна база недоступна</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>{target}: is a folder; name a file to write</source>
        <translation>{target}: це тека; вкажіть файл, у який писати</translation>
    </message>
</context>
<context>
    <name>FileOperations</name>
    <message>
        <source>Backup</source>
        <translation>Резервна копія</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Резервне копіювання не вдалося</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Файли календаря (*.ics)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Скасовано; нічого не записано.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копіювання</translation>
    </message>
    <message>
        <source>Copy failed</source>
        <translation>Копіювання не вдалося</translation>
    </message>
    <message>
        <source>Copy into another database</source>
        <translation>Копіювати в іншу базу</translation>
    </message>
    <message>
        <source>Copy this database:</source>
        <translation>Скопіювати цю базу:</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>Копіювання…</translation>
    </message>
    <message>
        <source>Databases (*.db);;All files (*)</source>
        <translation>Бази даних (*.db);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Everything importable (*.csv *.tsv *.xlsx *.xls *.ods *.vcf *.vcard *.txt *.json *.eml *.mbox *);;All files (*)</source>
        <translation>Усе, що можна імпортувати (*.csv *.tsv *.xlsx *.xls *.ods *.vcf *.vcard *.txt *.json *.eml *.mbox *);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Книги Excel (*.xlsx);;Файли CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Експорт не вдався</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Експорт…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>Імпорт зупинено</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Імпорт…</translation>
    </message>
    <message>
        <source>Into a file…</source>
        <translation>У файл…</translation>
    </message>
    <message>
        <source>Into the shared database (%1)</source>
        <translation>У спільну базу (%1)</translation>
    </message>
    <message>
        <source>Not imported (nothing was written from these files):</source>
        <translation>Не імпортовано (з цих файлів нічого не записано):</translation>
    </message>
    <message>
        <source>Replace everything in this database with the backup? The current state is backed up first.</source>
        <translation>Замінити все в цій базі вмістом резервної копії? Поточний стан спершу буде збережено.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Відновлення</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Відновлення не вдалося</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Відновлення з резервної копії</translation>
    </message>
    <message>
        <source>Restored. The previous state was kept in %1</source>
        <translation>Відновлено. Попередній стан збережено в %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Збережено в %1</translation>
    </message>
    <message>
        <source>The copy stopped before it could say why.</source>
        <translation>Копіювання зупинилося, не встигнувши пояснити причину.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n card(s) to %1</source>
        <translation>
            <numerusform>Записано %n картку у %1</numerusform>
            <numerusform>Записано %n картки у %1</numerusform>
            <numerusform>Записано %n карток у %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1</source>
        <translation>
            <numerusform>Записано %n подію у %1</numerusform>
            <numerusform>Записано %n події у %1</numerusform>
            <numerusform>Записано %n подій у %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1</source>
        <translation>
            <numerusform>Записано %n рядок у %1</numerusform>
            <numerusform>Записано %n рядки у %1</numerusform>
            <numerusform>Записано %n рядків у %1</numerusform>
        </translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Файли vCard (*.vcf)</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Почати</translation>
    </message>
    <message>
        <source>A few things the app needs to know about you. Skip any of them: all are in Edit → Settings later.</source>
        <translation>Кілька речей, які програмі варто знати про вас. Будь-що можна пропустити: усе це є й пізніше в меню Редагування → Налаштування.</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>П&amp;ропустити</translation>
    </message>
    <message>
        <source>Welcome to contacttracker</source>
        <translation>Вітаємо в contacttracker</translation>
    </message>
</context>
<context>
    <name>FollowThrough</name>
    <message>
        <source>%1 takes no text in its link: the message is on the clipboard, paste it.</source>
        <translation>%1 не приймає текст у посиланні: повідомлення в буфері обміну, вставте його.</translation>
    </message>
    <message>
        <source>Did you send it?

%1</source>
        <translation>Ви надіслали його?

%1</translation>
    </message>
    <message>
        <source>Log this call?</source>
        <translation>Записати цей дзвінок?</translation>
    </message>
    <message>
        <source>Not sent: nothing recorded.</source>
        <translation>Не надіслано: нічого не записано.</translation>
    </message>
    <message>
        <source>Nothing on this computer opens %1 links. The message is on the clipboard.</source>
        <translation>На цьому комп’ютері ніщо не відкриває посилання %1. Повідомлення в буфері обміну.</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>Надіслати повідомлення</translation>
    </message>
    <message>
        <source>Sent by %1</source>
        <translation>Надіслано через %1</translation>
    </message>
    <message>
        <source>Sent: asked by %1</source>
        <translation>Надіслано: запитали через %1</translation>
    </message>
    <message>
        <source>To say: %1</source>
        <translation>Сказати: %1</translation>
    </message>
    <message>
        <source>You were on %1 for about %2 min. Log this call?</source>
        <translation>Розмова через %1 тривала близько %2 хв. Записати цей дзвінок?</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Зберегти (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>no conversation {conversation_id}</source>
        <translation>немає розмови {conversation_id}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Agreements</source>
        <translation>Домовленості</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Зміна</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Змінено</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Попередні версії</translation>
    </message>
    <message>
        <source>History of the conversation</source>
        <translation>Історія розмови</translation>
    </message>
    <message>
        <source>No earlier versions: this conversation was never changed.</source>
        <translation>Попередніх версій немає: цю розмову ніколи не змінювали.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Підсумок</translation>
    </message>
    <message>
        <source>The conversation as it was before each change.</source>
        <translation>Розмова такою, якою вона була перед кожною зміною.</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Коли відбулася</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>відредаговано</translation>
    </message>
    <message>
        <source>moved to the trash</source>
        <translation>переміщено до кошика</translation>
    </message>
    <message>
        <source>taken out of the trash</source>
        <translation>відновлено з кошика</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message numerus="yes">
        <source>%n cell(s) where the header has {value2}</source>
        <translation>
            <numerusform>%n клітинка, а в заголовку {value2}</numerusform>
            <numerusform>%n клітинки, а в заголовку {value2}</numerusform>
            <numerusform>%n клітинок, а в заголовку {value2}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) of the account not imported from a chat export (bring them as vCard)</source>
        <translation>
            <numerusform>%n контакт облікового запису не імпортовано з експорту чатів (принесіть його як vCard)</numerusform>
            <numerusform>%n контакти облікового запису не імпортовано з експорту чатів (принесіть їх як vCard)</numerusform>
            <numerusform>%n контактів облікового запису не імпортовано з експорту чатів (принесіть їх як vCard)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) from or to no client left out (--new-clients, or the checkbox in the window, adds their senders)</source>
        <translation>
            <numerusform>пропущено %n лист не від клієнтів і не до них (--new-clients або позначка у вікні додає їхніх відправників)</numerusform>
            <numerusform>пропущено %n листи не від клієнтів і не до них (--new-clients або позначка у вікні додає їхніх відправників)</numerusform>
            <numerusform>пропущено %n листів не від клієнтів і не до них (--new-clients або позначка у вікні додає їхніх відправників)</numerusform>
        </translation>
    </message>
    <message>
        <source>channel line {line!r} should be 'channel: handle'</source>
        <translation>рядок каналу {line!r} має мати вигляд 'канал: контакт'</translation>
    </message>
    <message numerus="yes">
        <source>chat {name!r} ({kind}, %n message(s)) skipped: {why}</source>
        <translation>
            <numerusform>чат {name!r} ({kind}, %n повідомлення) пропущено: {why}</numerusform>
            <numerusform>чат {name!r} ({kind}, %n повідомлення) пропущено: {why}</numerusform>
            <numerusform>чат {name!r} ({kind}, %n повідомлень) пропущено: {why}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>chat {name!r}: %n unanswered call(s) not logged</source>
        <translation>
            <numerusform>чат {name!r}: %n дзвінок без відповіді не записано</numerusform>
            <numerusform>чат {name!r}: %n дзвінки без відповіді не записано</numerusform>
            <numerusform>чат {name!r}: %n дзвінків без відповіді не записано</numerusform>
        </translation>
    </message>
    <message>
        <source>client {value1!r} ({value2}) is not in the database; import the clients file first</source>
        <translation>клієнта {value1!r} ({value2}) немає в базі; спершу імпортуйте файл клієнтів</translation>
    </message>
    <message numerus="yes">
        <source>dates corrected for %n message(s) stored before with day and month swapped</source>
        <translation>
            <numerusform>виправлено дату %n повідомлення, збереженого раніше з переплутаними днем і місяцем</numerusform>
            <numerusform>виправлено дати %n повідомлень, збережених раніше з переплутаними днем і місяцем</numerusform>
            <numerusform>виправлено дати %n повідомлень, збережених раніше з переплутаними днем і місяцем</numerusform>
        </translation>
    </message>
    <message>
        <source>dates read day-first: the file does not tell; the chat's messages stored before read so</source>
        <translation>дати прочитано як день, потім місяць: файл цього не показує; так прочитано вже збережені повідомлення чату</translation>
    </message>
    <message>
        <source>dates read day-first: the file does not tell; your home country ({country}) writes the day first</source>
        <translation>дати прочитано як день, потім місяць: файл цього не показує; у вашій країні ({country}) день пишуть першим</translation>
    </message>
    <message>
        <source>dates read month-first: the file does not tell; its 12-hour clock is a US phone's</source>
        <translation>дати прочитано як місяць, потім день: файл цього не показує; 12-годинний час у ньому — як на телефонах США</translation>
    </message>
    <message>
        <source>dates read month-first: the file does not tell; the chat's messages stored before read so</source>
        <translation>дати прочитано як місяць, потім день: файл цього не показує; так прочитано вже збережені повідомлення чату</translation>
    </message>
    <message>
        <source>dates read month-first: the file does not tell; your home country ({country}) writes the month first</source>
        <translation>дати прочитано як місяць, потім день: файл цього не показує; у вашій країні ({country}) місяць пишуть першим</translation>
    </message>
    <message>
        <source>direction must be 'in' or 'out', not {direction!r}</source>
        <translation>напрям має бути 'in' або 'out', а не {direction!r}</translation>
    </message>
    <message>
        <source>it has no name (a deleted account)</source>
        <translation>у нього немає назви (видалений обліковий запис)</translation>
    </message>
    <message>
        <source>line 1: {exc}</source>
        <translation>рядок 1: {exc}</translation>
    </message>
    <message numerus="yes">
        <source>line {line_num}: %n cell(s) where the header has {value2}</source>
        <translation>
            <numerusform>рядок {line_num}: %n клітинка, а в заголовку {value2}</numerusform>
            <numerusform>рядок {line_num}: %n клітинки, а в заголовку {value2}</numerusform>
            <numerusform>рядок {line_num}: %n клітинок, а в заголовку {value2}</numerusform>
        </translation>
    </message>
    <message>
        <source>line {line_num}: {exc}</source>
        <translation>рядок {line_num}: {exc}</translation>
    </message>
    <message>
        <source>line {line_num}: {value1}</source>
        <translation>рядок {line_num}: {value1}</translation>
    </message>
    <message>
        <source>line {lineno}: not valid JSON ({msg})</source>
        <translation>рядок {lineno}: некоректний JSON ({msg})</translation>
    </message>
    <message>
        <source>line {line}: a contact with no name, address or number skipped</source>
        <translation>рядок {line}: контакт без імені, адреси й номера пропущено</translation>
    </message>
    <message>
        <source>line {line}: the same contact as line {first}, taken as one</source>
        <translation>рядок {line}: той самий контакт, що в рядку {first}, узято як один</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>рядок {line}: {problem}</translation>
    </message>
    <message>
        <source>line {number}: not a WhatsApp message line: {value1!r}</source>
        <translation>рядок {number}: не рядок повідомлення WhatsApp: {value1!r}</translation>
    </message>
    <message>
        <source>line {number}: {value1!r} is not a date ({exc})</source>
        <translation>рядок {number}: {value1!r} — не дата ({exc})</translation>
    </message>
    <message>
        <source>message {number} ({subject}): no usable Date, skipped</source>
        <translation>лист {number} ({subject}): немає придатної дати (Date), пропущено</translation>
    </message>
    <message>
        <source>message {number}: a header cannot be read ({exc})</source>
        <translation>лист {number}: не вдається прочитати заголовок ({exc})</translation>
    </message>
    <message>
        <source>message {number}: it has no headers</source>
        <translation>лист {number}: у нього немає заголовків</translation>
    </message>
    <message>
        <source>message {number}: no From address</source>
        <translation>лист {number}: немає адреси From</translation>
    </message>
    <message>
        <source>message {number}: no usable Date ({value1!r})</source>
        <translation>лист {number}: немає придатного Date ({value1!r})</translation>
    </message>
    <message>
        <source>message {value1}: no usable date ({exc})</source>
        <translation>повідомлення {value1}: немає придатної дати ({exc})</translation>
    </message>
    <message>
        <source>new client: {name}</source>
        <translation>новий клієнт: {name}</translation>
    </message>
    <message>
        <source>no WhatsApp message lines found</source>
        <translation>рядків повідомлень WhatsApp не знайдено</translation>
    </message>
    <message>
        <source>no column {column!r} (the columns: {header})</source>
        <translation>немає стовпця {column!r} (стовпці: {header})</translation>
    </message>
    <message>
        <source>not a Telegram export: message {number} is not an object</source>
        <translation>не експорт Telegram: повідомлення {number} — не об’єкт</translation>
    </message>
    <message>
        <source>not a Telegram export: no list of chats</source>
        <translation>не експорт Telegram: немає списку чатів</translation>
    </message>
    <message>
        <source>not a Telegram export: no list of messages</source>
        <translation>це не експорт Telegram: немає списку повідомлень</translation>
    </message>
    <message>
        <source>not a WhatsApp chat, Telegram export or e-mail file</source>
        <translation>це не чат WhatsApp, не експорт Telegram і не файл листа</translation>
    </message>
    <message>
        <source>occurred_at is empty</source>
        <translation>occurred_at порожнє</translation>
    </message>
    <message>
        <source>only personal chats are imported</source>
        <translation>імпортуються лише особисті чати</translation>
    </message>
    <message>
        <source>row {row}: left out (no name, company, e-mail or phone)</source>
        <translation>рядок {row}: пропущено (немає ні імені, ні компанії, ні e-mail, ні телефону)</translation>
    </message>
    <message>
        <source>row {row}: {typed!r} kept as typed: not a phone number</source>
        <translation>рядок {row}: {typed!r} збережено як є: це не номер телефону</translation>
    </message>
    <message>
        <source>row {row}: {typed!r} kept as typed: the spreadsheet shortened the number (format its column as text)</source>
        <translation>рядок {row}: {typed!r} збережено як є: таблиця скоротила номер (задайте стовпцю текстовий формат)</translation>
    </message>
    <message>
        <source>say who you are in the chat (--me 'Your Name') so your messages count as sent</source>
        <translation>вкажіть, хто ви в чаті (--me 'Ваше ім’я'), щоб ваші повідомлення вважалися надісланими</translation>
    </message>
    <message>
        <source>the JSON nests deeper than any Telegram export does</source>
        <translation>JSON вкладений глибше, ніж буває в будь-якому експорті Telegram</translation>
    </message>
    <message>
        <source>the chat's file name does not say whom it is with: keep the name the phone gave it ("WhatsApp Chat with …")</source>
        <translation>назва файлу чату не каже, з ким він: залиште назву, яку дав телефон («WhatsApp Chat with …», «Чат WhatsApp з …»)</translation>
    </message>
    <message>
        <source>the columns were not remembered: {exc}</source>
        <translation>вибір стовпців не збережено: {exc}</translation>
    </message>
    <message>
        <source>the file has no header line</source>
        <translation>у файлі немає рядка заголовка</translation>
    </message>
    <message>
        <source>the file is larger than {value1} MB</source>
        <translation>файл більший за {value1} МБ</translation>
    </message>
    <message>
        <source>the header is not one of contacttracker's exports (clients or conversations)</source>
        <translation>заголовок не збігається з експортом contacttracker (клієнти або розмови)</translation>
    </message>
    <message>
        <source>unknown channel {channel!r}</source>
        <translation>невідомий канал {channel!r}</translation>
    </message>
    <message>
        <source>urgent and follow_up_done must be 0 or 1</source>
        <translation>urgent і follow_up_done мають бути 0 або 1</translation>
    </message>
    <message>
        <source>uuid {uuid} appears twice in the file</source>
        <translation>uuid {uuid} трапляється у файлі двічі</translation>
    </message>
    <message>
        <source>your Saved Messages</source>
        <translation>ваше «Збережене»</translation>
    </message>
    <message>
        <source>{field!r} is not a field (one of {fields})</source>
        <translation>{field!r} — не поле (можливі: {fields})</translation>
    </message>
    <message>
        <source>{file}: line {line}: {reason}</source>
        <translation>{file}: рядок {line}: {reason}</translation>
    </message>
    <message>
        <source>{file}: missing columns: {value1}</source>
        <translation>{file}: бракує стовпців: {value1}</translation>
    </message>
    <message>
        <source>{file}: no client called {name!r}. Add the client first, or let the import create it (--new-clients, or confirm in the window).</source>
        <translation>{file}: немає клієнта {name!r}. Спершу додайте клієнта або дозвольте імпорту створити його (--new-clients або підтвердження у вікні).</translation>
    </message>
    <message>
        <source>{file}: rejected</source>
        <translation>{file}: відхилено</translation>
    </message>
    <message>
        <source>{file}: say which address is yours (--me you@example.com, or your name as your letters show it), so the other party of each letter becomes the client</source>
        <translation>{file}: вкажіть, яка адреса ваша (--me you@example.com або ваше ім’я, як його показують ваші листи), щоб клієнтом стала інша сторона кожного листа</translation>
    </message>
    <message>
        <source>{file}: {kind}: would add {added}, update {updated}; {skipped} already present</source>
        <translation>{file}: {kind}: було б додано {added}, оновлено {updated}; {skipped} уже є</translation>
    </message>
    <message>
        <source>{file}: {kind}: {added} added, {updated} updated, {skipped} already present</source>
        <translation>{file}: {kind}: додано {added}, оновлено {updated}, уже були {skipped}</translation>
    </message>
    <message>
        <source>{me!r} writes nothing in this chat; say which of its authors you are (--me): {authors}</source>
        <translation>{me!r} нічого не пише в цьому чаті; вкажіть, хто з його авторів ви (--me): {authors}</translation>
    </message>
    <message>
        <source>{name} cannot be read as a spreadsheet ({exc})</source>
        <translation>{name} не вдається прочитати як електронну таблицю ({exc})</translation>
    </message>
    <message>
        <source>{name} has no sheet {sheet!r} (its sheets: {sheets})</source>
        <translation>у {name} немає аркуша {sheet!r} (його аркуші: {sheets})</translation>
    </message>
    <message>
        <source>{name} has no sheets</source>
        <translation>у {name} немає жодного аркуша</translation>
    </message>
    <message>
        <source>{name} is a damaged zip file ({exc})</source>
        <translation>{name} — пошкоджений zip-файл ({exc})</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} порожній</translation>
    </message>
    <message>
        <source>{name} is neither UTF-8 nor Windows-1251 text</source>
        <translation>{name} — текст не в UTF-8 і не в Windows-1251</translation>
    </message>
    <message>
        <source>{name} is not a text file (it contains binary data)</source>
        <translation>{name} — не текстовий файл (містить двійкові дані)</translation>
    </message>
    <message>
        <source>{name} starts as UTF-16 text but is not</source>
        <translation>{name} починається як текст UTF-16, але ним не є</translation>
    </message>
    <message>
        <source>{name}: a zip of a WhatsApp chat holds one _chat.txt; this one holds {count} text files</source>
        <translation>{name}: zip чату WhatsApp містить один _chat.txt; у цьому текстових файлів: {count}</translation>
    </message>
    <message>
        <source>{name}: the chat inside is encrypted</source>
        <translation>{name}: чат усередині зашифровано</translation>
    </message>
    <message>
        <source>{name}: the chat inside unpacks to more than a chat export holds (a damaged or hostile zip)</source>
        <translation>{name}: чат усередині розпаковується в більше, ніж буває в експорті чату (пошкоджений або ворожий zip)</translation>
    </message>
    <message>
        <source>{name}: {handle!r} not kept (no channel for it: add one in Settings)</source>
        <translation>{name}: {handle!r} не збережено (для нього немає каналу: додайте його в Налаштуваннях)</translation>
    </message>
    <message>
        <source>{name}: {value1} {handle!r} kept as typed ({exc})</source>
        <translation>{name}: {value1} {handle!r} збережено як введено ({exc})</translation>
    </message>
    <message>
        <source>{name}: {value1} {handle!r} skipped ({exc})</source>
        <translation>{name}: {value1} {handle!r} пропущено ({exc})</translation>
    </message>
    <message>
        <source>{part!r} is not COLUMN=FIELD</source>
        <translation>{part!r} не має вигляду СТОВПЕЦЬ=ПОЛЕ</translation>
    </message>
    <message numerus="yes">
        <source>{path}: %n row(s) cannot be read; nothing was imported</source>
        <translation>
            <numerusform>{path}: не вдалося прочитати %n рядок; нічого не імпортовано</numerusform>
            <numerusform>{path}: не вдалося прочитати %n рядки; нічого не імпортовано</numerusform>
            <numerusform>{path}: не вдалося прочитати %n рядків; нічого не імпортовано</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: no column holds a name, company, e-mail or phone ({mapping})</source>
        <translation>{path}: жоден стовпець не містить імені, компанії, e-mail чи телефону ({mapping})</translation>
    </message>
    <message>
        <source>{path}: no contact in the file has a name, an address or a number</source>
        <translation>{path}: у файлі немає жодного контакту з ім’ям, адресою чи номером</translation>
    </message>
    <message>
        <source>{path}: no contacts in the file</source>
        <translation>{path}: у файлі немає контактів</translation>
    </message>
    <message>
        <source>{path}: not a file contacttracker can import (its own CSV exports, a table of contacts with a header, .xlsx or .ods, vCard, Google or Outlook contacts, WhatsApp or Telegram chats, .eml or mbox)</source>
        <translation>{path}: contacttracker не може імпортувати цей файл (можна: його власні експорти CSV, таблицю контактів із заголовком, .xlsx чи .ods, vCard, контакти Google чи Outlook, чати WhatsApp чи Telegram, .eml чи mbox)</translation>
    </message>
    <message>
        <source>{path}: not a vCard, Google or Outlook contacts file</source>
        <translation>{path}: це не файл контактів vCard, Google чи Outlook</translation>
    </message>
    <message>
        <source>{path}: the file has a header but no rows</source>
        <translation>{path}: у файлі є заголовок, але немає рядків</translation>
    </message>
    <message>
        <source>{path}: {exc}</source>
        <translation>{path}: {exc}</translation>
    </message>
    <message>
        <source>{path}: {value1}</source>
        <translation>{path}: {value1}</translation>
    </message>
    <message>
        <source>{subject}: {length} characters, the first {most} kept</source>
        <translation>{subject}: {length} символів, збережено перші {most}</translation>
    </message>
    <message>
        <source>{uuid} links to {target}, which is nowhere</source>
        <translation>{uuid} посилається на {target}, якого ніде немає</translation>
    </message>
    <message>
        <source>{value!r} is neither yes nor no</source>
        <translation>{value!r} — ні «так», ні «ні»</translation>
    </message>
    <message>
        <source>{value!r} is not a language (uk, ru or en)</source>
        <translation>{value!r} — не мова (uk, ru чи en)</translation>
    </message>
    <message>
        <source>{value!r} is not a number of hours</source>
        <translation>{value!r} — не число годин</translation>
    </message>
    <message>
        <source>{value!r} is not a whole number of days</source>
        <translation>{value!r} — не ціле число днів</translation>
    </message>
    <message>
        <source>{what} must be 0 or 1, not {text!r}</source>
        <translation>{what} має бути 0 або 1, а не {text!r}</translation>
    </message>
    <message>
        <source>{what} {text!r} is not a UUID</source>
        <translation>{what} {text!r} — не UUID</translation>
    </message>
    <message>
        <source>{what} {text!r} is not a date and time (ISO 8601)</source>
        <translation>{what} {text!r} — не дата й час (ISO 8601)</translation>
    </message>
    <message>
        <source>{what} {text!r} is not a number</source>
        <translation>{what} {text!r} — не число</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Імпортувати</translation>
    </message>
    <message>
        <source>As it appears in WhatsApp or Telegram</source>
        <translation>Як у WhatsApp або Telegram</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>Цей файл не вдається імпортувати</translation>
    </message>
    <message>
        <source>Create clients for chats with people not yet here</source>
        <translation>Створити клієнтів для чатів з людьми, яких ще немає</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <source>Nothing is written until you press Import. Each file is imported whole or not at all.</source>
        <translation>Нічого не записується, доки ви не натиснете «Імпортувати». Кожен файл імпортується цілком або ніяк.</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>Попередній перегляд %1</translation>
    </message>
    <message>
        <source>Your &amp;name in chats:</source>
        <translation>Ваше ім’я в &amp;чатах:</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message numerus="yes">
        <source>%1, %n message(s)</source>
        <translation>
            <numerusform>%1, %n повідомлення</numerusform>
            <numerusform>%1, %n повідомлення</numerusform>
            <numerusform>%1, %n повідомлень</numerusform>
        </translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Канали</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компанія</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Від</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Not a file contacttracker can import.</source>
        <translation>contacttracker не вміє імпортувати такий файл.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Type your name as it appears in the chat.</source>
        <translation>Введіть своє ім’я так, як воно виглядає в чаті.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>Буде</translation>
    </message>
    <message>
        <source>already present</source>
        <translation>уже є</translation>
    </message>
    <message>
        <source>contacts (%1), %2</source>
        <translation>контакти (%1), %2</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новий</translation>
    </message>
    <message>
        <source>one with a card above</source>
        <translation>та сама, що картка вище</translation>
    </message>
    <message>
        <source>update</source>
        <translation>оновити</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <source>a channel score is 0 to 10</source>
        <translation>оцінка каналу — від 0 до 10</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>%1 (%2 h)</source>
        <translation>%1 (%2 год)</translation>
    </message>
    <message>
        <source>%1 of %2 e-mails confirmed (%3); half within %4 h.</source>
        <translation>Підтверджено %1 з %2 листів (%3); половину — протягом %4 год.</translation>
    </message>
    <message>
        <source>%1 of our %2 outgoing contacts (%3) used one of the client's two preferred channels.</source>
        <translation>%1 з наших %2 вихідних контактів (%3) пройшли одним із двох бажаних каналів клієнта.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) talked to in this period.</source>
        <translation>
            <numerusform>За цей період ми говорили з %n клієнтом.</numerusform>
            <numerusform>За цей період ми говорили з %n клієнтами.</numerusform>
            <numerusform>За цей період ми говорили з %n клієнтами.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import history…</source>
        <translation>&amp;Імпортувати історію…</translation>
    </message>
    <message>
        <source>&amp;Log a conversation…</source>
        <translation>&amp;Записати розмову…</translation>
    </message>
    <message>
        <source>&amp;Save my scores</source>
        <translation>&amp;Зберегти мої оцінки</translation>
    </message>
    <message>
        <source>90% within, h</source>
        <translation>90% протягом, год</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Усього</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Відповіли</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Channel fit</source>
        <translation>Відповідність каналам</translation>
    </message>
    <message>
        <source>Choose a longer period, or all time.</source>
        <translation>Виберіть довший період або весь час.</translation>
    </message>
    <message>
        <source>Client reached elsewhere</source>
        <translation>Клієнт, з яким зв’язувалися інакше</translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation>Підтвердження</translation>
    </message>
    <message>
        <source>Conversations per month</source>
        <translation>Розмов на місяць</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Власний…</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Напрям</translation>
    </message>
    <message>
        <source>E-mail confirmations</source>
        <translation>Підтвердження листів</translation>
    </message>
    <message>
        <source>Earlier period</source>
        <translation>Попередній період</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Інакше</translation>
    </message>
    <message>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <source>How fast we answer</source>
        <translation>Як швидко ми відповідаємо</translation>
    </message>
    <message>
        <source>In and out</source>
        <translation>Вхідні й вихідні</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Вхідні</translation>
    </message>
    <message>
        <source>Median, h</source>
        <translation>Медіана, год</translation>
    </message>
    <message>
        <source>No conversations in this period yet.</source>
        <translation>За цей період розмов ще немає.</translation>
    </message>
    <message>
        <source>No conversations in this period.</source>
        <translation>За цей період розмов немає.</translation>
    </message>
    <message>
        <source>No conversations to measure yet.</source>
        <translation>Поки немає розмов для аналізу.</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Вчасно</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Вихідні</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Період:</translation>
    </message>
    <message>
        <source>Score of %1</source>
        <translation>Оцінка: %1</translation>
    </message>
    <message>
        <source>Share of clients by channel</source>
        <translation>Частка клієнтів за каналами</translation>
    </message>
    <message>
        <source>Share of clients, %</source>
        <translation>Частка клієнтів, %</translation>
    </message>
    <message>
        <source>Show &amp;all time</source>
        <translation>Показати за &amp;весь час</translation>
    </message>
    <message>
        <source>Slowest answers: %1</source>
        <translation>Найповільніші відповіді: %1</translation>
    </message>
    <message>
        <source>Suggested by the data</source>
        <translation>Підказка з даних</translation>
    </message>
    <message>
        <source>The channel wheel</source>
        <translation>Колесо каналів</translation>
    </message>
    <message>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Too little data for a suggested score on %1: a channel needs %2 conversations in the period.</source>
        <translation>Замало даних, щоб запропонувати оцінку для: %1. Каналу потрібно %2 розмов за період.</translation>
    </message>
    <message>
        <source>Which channels your clients use and how fast you answer on each show here once conversations are logged or imported.</source>
        <translation>Тут з’явиться, якими каналами користуються ваші клієнти і як швидко ви відповідаєте в кожному, щойно розмови буде записано чи імпортовано.</translation>
    </message>
    <message>
        <source>Your score</source>
        <translation>Ваша оцінка</translation>
    </message>
</context>
<context>
    <name>Link</name>
    <message>
        <source>answered by %2, %1</source>
        <translation>відповіли через %2, %1</translation>
    </message>
    <message>
        <source>answers %2 of %1</source>
        <translation>відповідь на %2 від %1</translation>
    </message>
    <message>
        <source>confirmed by %2, %1</source>
        <translation>підтверджено через %2, %1</translation>
    </message>
    <message>
        <source>confirms the e-mail of %1</source>
        <translation>підтверджує лист від %1</translation>
    </message>
    <message>
        <source>summarises the talk of %1</source>
        <translation>підсумовує розмову від %1</translation>
    </message>
    <message>
        <source>written up by e-mail, %1</source>
        <translation>підсумовано листом, %1</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>&amp;Agreements:</source>
        <translation>&amp;Домовленості:</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Клієнт:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>Три&amp;валість:</translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation>&amp;Нагадати</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Проєкт:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;Urgent</source>
        <translation>Тер&amp;міново</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>К&amp;оли:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>К&amp;анал:</translation>
    </message>
    <message>
        <source>Choose a client from the list (type part of the name).</source>
        <translation>Виберіть клієнта зі списку (введіть частину імені).</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Напрям</translation>
    </message>
    <message>
        <source>Discard this conversation?</source>
        <translation>Відкинути цю розмову?</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Тривалість</translation>
    </message>
    <message>
        <source>Edit conversation</source>
        <translation>Редагування розмови</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Дата нагадування</translation>
    </message>
    <message>
        <source>Incoming: they contacted us</source>
        <translation>Вхідна: вони звернулися до нас</translation>
    </message>
    <message>
        <source>Is the date right?</source>
        <translation>Дата правильна?</translation>
    </message>
    <message>
        <source>Log a conversation</source>
        <translation>Запис розмови</translation>
    </message>
    <message>
        <source>One agreement per line</source>
        <translation>Одна домовленість на рядок</translation>
    </message>
    <message>
        <source>Outgoing: we contacted them</source>
        <translation>Вихідна: ми звернулися до них</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>Під&amp;сумок:</translation>
    </message>
    <message>
        <source>This conversation is dated %1, %2. Save it with that date?</source>
        <translation>Розмову датовано %1, %2. Зберегти з цією датою?</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Про що говорили</translation>
    </message>
    <message>
        <source>What you typed has not been saved. Close and lose it?</source>
        <translation>Введене не збережено. Закрити й втратити?</translation>
    </message>
    <message>
        <source>Which client?</source>
        <translation>Який клієнт?</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>awaits confirmation</source>
        <translation>чекає підтвердження</translation>
    </message>
    <message>
        <source>awaits our reply</source>
        <translation>чекає нашої відповіді</translation>
    </message>
    <message>
        <source>follow up %1</source>
        <translation>нагадати %1</translation>
    </message>
    <message>
        <source>needs a summary e-mail</source>
        <translation>потрібен підсумковий лист</translation>
    </message>
</context>
<context>
    <name>MailAccountsPage</name>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Додати…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Змінити…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Вилучити</translation>
    </message>
    <message>
        <source>, sends</source>
        <translation>, надсилає</translation>
    </message>
    <message>
        <source>E-mail accounts</source>
        <translation>Поштові скриньки</translation>
    </message>
    <message>
        <source>E-mails from and to your clients' addresses come into the log by themselves; nothing else is stored. F5 syncs now. The summary e-mail can be sent from the app once an account has an SMTP server.</source>
        <translation>Листи з адрес ваших клієнтів і на них самі потрапляють у журнал; нічого іншого не зберігається. F5 синхронізує зараз. Підсумковий лист можна надіслати з програми, щойно скринька має сервер SMTP.</translation>
    </message>
    <message>
        <source>Forget %1 and its password on this computer? What it brought into the log stays.</source>
        <translation>Забути %1 і її пароль на цьому комп’ютері? Те, що вона принесла в журнал, залишиться.</translation>
    </message>
    <message>
        <source>Remove the account?</source>
        <translation>Вилучити скриньку?</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>Синхронізувати &amp;кожні:</translation>
    </message>
</context>
<context>
    <name>MailSending</name>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Сертифікат не довірений</translation>
    </message>
    <message>
        <source>Discard this e-mail?</source>
        <translation>Відкинути цей лист?</translation>
    </message>
    <message>
        <source>Not delivered to %1: %2</source>
        <translation>Не доставлено до %1: %2</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Не надіслано</translation>
    </message>
    <message>
        <source>Password for %1 at %2:</source>
        <translation>Пароль для %1 на %2:</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Надсилання</translation>
    </message>
    <message>
        <source>Sending the e-mail…</source>
        <translation>Лист надсилається…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Надсилається…</translation>
    </message>
    <message>
        <source>Sent and recorded, but no copy could be kept in Sent: %1</source>
        <translation>Надіслано й записано, але копію не вдалося зберегти в «Надісланих»: %1</translation>
    </message>
    <message>
        <source>Sent, not recorded</source>
        <translation>Надіслано, але не записано</translation>
    </message>
    <message>
        <source>The server refused the password for %1 at %2. Type it again:</source>
        <translation>Сервер не прийняв пароль для %1 на %2. Введіть його ще раз:</translation>
    </message>
    <message>
        <source>Trust it and send</source>
        <translation>Довіряти й надіслати</translation>
    </message>
    <message>
        <source>Trust this certificate only if you know it is your mail server's.</source>
        <translation>Довіряйте цьому сертифікату, лише якщо знаєте, що це сертифікат вашого поштового сервера.</translation>
    </message>
    <message>
        <source>Your changes to the e-mail are not saved anywhere. Close and lose them?</source>
        <translation>Ваші зміни в листі ніде не збережено. Закрити й втратити їх?</translation>
    </message>
</context>
<context>
    <name>MailSync</name>
    <message numerus="yes">
        <source>%n new e-mail(s) with clients</source>
        <translation>
            <numerusform>%n новий лист із клієнтами</numerusform>
            <numerusform>%n нові листи з клієнтами</numerusform>
            <numerusform>%n нових листів із клієнтами</numerusform>
        </translation>
    </message>
    <message>
        <source>Mail account %1</source>
        <translation>Поштовий обліковий запис %1</translation>
    </message>
    <message>
        <source>Mail not synced: %1</source>
        <translation>Пошту не синхронізовано: %1</translation>
    </message>
    <message>
        <source>Mail server not reachable at %1; trying again later</source>
        <translation>Поштовий сервер недоступний о %1; спробуємо пізніше</translation>
    </message>
    <message>
        <source>Mail sync</source>
        <translation>Синхронізація пошти</translation>
    </message>
    <message>
        <source>Mail synced at %1: %2</source>
        <translation>Пошту синхронізовано о %1: %2</translation>
    </message>
    <message>
        <source>No mail account: add one in Settings → E-mail accounts.</source>
        <translation>Немає поштового облікового запису: додайте його в Налаштування → Поштові скриньки.</translation>
    </message>
    <message>
        <source>Password for %1 at %2:</source>
        <translation>Пароль для %1 на %2:</translation>
    </message>
    <message>
        <source>Syncing mail…</source>
        <translation>Пошта синхронізується…</translation>
    </message>
    <message>
        <source>The mail server answers again.</source>
        <translation>Поштовий сервер знову відповідає.</translation>
    </message>
    <message>
        <source>The mail server cannot be reached (%1); trying again later.</source>
        <translation>Поштовий сервер недоступний (%1); спробуємо пізніше.</translation>
    </message>
    <message>
        <source>The server refused the password for %1 at %2. Type it again:</source>
        <translation>Сервер не прийняв пароль для %1 на %2. Введіть його ще раз:</translation>
    </message>
    <message>
        <source>nothing new with clients</source>
        <translation>нічого нового з клієнтами</translation>
    </message>
</context>
<context>
    <name>Mailbox</name>
    <message>
        <source>, {present} already in the log</source>
        <translation>, уже в журналі: {present}</translation>
    </message>
    <message>
        <source>a Date that cannot be right ({date}): the server's arrival time is used</source>
        <translation>дата, якої не може бути ({date}): узято час, коли лист надійшов на сервер</translation>
    </message>
    <message>
        <source>a letter of {size}: its text kept, attachments by name only</source>
        <translation>лист розміром {size}: збережено текст, вкладення лише за назвою</translation>
    </message>
    <message>
        <source>a mail account called {name!r} already exists</source>
        <translation>поштовий обліковий запис {name!r} уже є</translation>
    </message>
    <message>
        <source>an account needs a name of up to 100 characters on one line</source>
        <translation>обліковому запису потрібна назва до 100 символів в один рядок</translation>
    </message>
    <message>
        <source>an account needs an IMAP server</source>
        <translation>обліковому запису потрібен сервер IMAP</translation>
    </message>
    <message>
        <source>an account needs at least one address of yours (--address)</source>
        <translation>обліковому запису потрібна хоча б одна ваша адреса (--address)</translation>
    </message>
    <message>
        <source>an unknown charset ({charset}): read as {read_as}</source>
        <translation>невідоме кодування ({charset}): прочитано як {read_as}</translation>
    </message>
    <message>
        <source>damaged, kept as far as it could be read ({exc})</source>
        <translation>пошкоджений, збережено те, що вдалося прочитати ({exc})</translation>
    </message>
    <message>
        <source>headers cannot be read ({exc})</source>
        <translation>заголовки не читаються ({exc})</translation>
    </message>
    <message>
        <source>no Date: the server's arrival time is used</source>
        <translation>без дати: узято час, коли лист надійшов на сервер</translation>
    </message>
    <message>
        <source>no mail account called {name!r}</source>
        <translation>немає поштового облікового запису {name!r}</translation>
    </message>
    <message>
        <source>no mail account yet: add one with 'contacttracker mail add'</source>
        <translation>поштових облікових записів ще немає: додайте командою 'contacttracker mail add'</translation>
    </message>
    <message>
        <source>security must be tls, starttls or none, not {value!r}</source>
        <translation>захист має бути tls, starttls або none, а не {value!r}</translation>
    </message>
    <message>
        <source>the account {name!r} has no SMTP server to send with</source>
        <translation>обліковий запис {name!r} не має сервера SMTP, щоб надсилати</translation>
    </message>
    <message>
        <source>the folder {folder} changed mid-way</source>
        <translation>тека {folder} змінилася під час читання</translation>
    </message>
    <message>
        <source>the mailbox could not be read: {reason}</source>
        <translation>поштову скриньку не вдалося прочитати: {reason}</translation>
    </message>
    <message>
        <source>the period to sync must be 1 to 36500 days, not {value}</source>
        <translation>період синхронізації має бути від 1 до 36500 днів, а не {value}</translation>
    </message>
    <message>
        <source>the reading of the mailbox stopped mid-way</source>
        <translation>читання поштової скриньки зупинилося на півдорозі</translation>
    </message>
    <message>
        <source>there are {count} mail accounts: name one</source>
        <translation>поштових облікових записів {count}: назвіть один</translation>
    </message>
    <message>
        <source>{folder} UID {uid}: {what}</source>
        <translation>{folder} UID {uid}: {what}</translation>
    </message>
    <message>
        <source>{host}: an unencrypted connection is allowed to this computer only (localhost); use tls or starttls</source>
        <translation>{host}: незашифроване з'єднання дозволене лише з цим комп'ютером (localhost); використайте tls або starttls</translation>
    </message>
    <message>
        <source>{host}: no such server (host not found)</source>
        <translation>{host}: такого сервера немає (вузол не знайдено)</translation>
    </message>
    <message>
        <source>{server}: cannot be reached ({reason})</source>
        <translation>{server}: недоступний ({reason})</translation>
    </message>
    <message>
        <source>{server}: the certificate is not trusted ({reason}); its SHA-256 fingerprint is {fingerprint}</source>
        <translation>{server}: сертифікат не довірений ({reason}); його відбиток SHA-256: {fingerprint}</translation>
    </message>
    <message>
        <source>{server}: the connection was lost</source>
        <translation>{server}: з'єднання обірвалося</translation>
    </message>
    <message>
        <source>{server}: the connection was refused (is the port right?)</source>
        <translation>{server}: у з'єднанні відмовлено (чи правильний порт?)</translation>
    </message>
    <message>
        <source>{server}: the login was refused for {user} (wrong user name or password)</source>
        <translation>{server}: вхід для {user} відхилено (неправильне ім'я користувача або пароль)</translation>
    </message>
    <message>
        <source>{server}: the secure connection failed ({reason})</source>
        <translation>{server}: захищене з'єднання не вдалося ({reason})</translation>
    </message>
    <message>
        <source>{server}: the server did not answer in time</source>
        <translation>{server}: сервер не відповів вчасно</translation>
    </message>
    <message>
        <source>{server}: the server does not offer STARTTLS; use tls</source>
        <translation>{server}: сервер не пропонує STARTTLS; оберіть tls</translation>
    </message>
    <message>
        <source>{server}: the server failed mid-way: {reason}</source>
        <translation>{server}: сервер збився посеред синхронізації: {reason}</translation>
    </message>
    <message>
        <source>{server}: the server refused the recipient {address}: {reason}</source>
        <translation>{server}: сервер відхилив одержувача {address}: {reason}</translation>
    </message>
    <message>
        <source>{server}: the server refused to send from {address}: {reason}</source>
        <translation>{server}: сервер відмовився надсилати від {address}: {reason}</translation>
    </message>
    <message>
        <source>{server}: the server refused: {reason}</source>
        <translation>{server}: сервер відмовив: {reason}</translation>
    </message>
    <message>
        <source>{server}: there is no folder {folder!r}</source>
        <translation>{server}: немає теки {folder!r}</translation>
    </message>
    <message>
        <source>{stored} e-mails with clients, {others} others not stored</source>
        <translation>листів із клієнтами: {stored}; інших, не збережених: {others}</translation>
    </message>
    <message>
        <source>{value!r} is not a SHA-256 fingerprint (64 hexadecimal digits)</source>
        <translation>{value!r} не є відбитком SHA-256 (64 шістнадцяткові цифри)</translation>
    </message>
    <message>
        <source>{value!r} is not a port number</source>
        <translation>{value!r} не є номером порту</translation>
    </message>
    <message>
        <source>{value!r} is not a server name</source>
        <translation>{value!r} не є назвою сервера</translation>
    </message>
    <message>
        <source>{value!r} is not an e-mail address</source>
        <translation>{value!r} не є адресою електронної пошти</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 (sample data)</source>
        <translation>%1 (база-приклад)</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n пункт потребує уваги</numerusform>
            <numerusform>%n пункти потребують уваги</numerusform>
            <numerusform>%n пунктів потребують уваги</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;About contacttracker</source>
        <translation>&amp;Про contacttracker</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Резервна копія зараз…</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Клієнти</translation>
    </message>
    <message>
        <source>&amp;Clients…</source>
        <translation>&amp;Клієнти…</translation>
    </message>
    <message>
        <source>&amp;Data location</source>
        <translation>&amp;Де зберігаються дані</translation>
    </message>
    <message>
        <source>&amp;Delete client for good…</source>
        <translation>&amp;Видалити клієнта назавжди…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <source>&amp;Edit client…</source>
        <translation>&amp;Редагувати клієнта…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Експорт</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Імпорт…</translation>
    </message>
    <message>
        <source>&amp;Insights</source>
        <translation>&amp;Аналітика</translation>
    </message>
    <message>
        <source>&amp;Log conversation…</source>
        <translation>&amp;Записати розмову…</translation>
    </message>
    <message>
        <source>&amp;Needs attention</source>
        <translation>&amp;Потребує уваги</translation>
    </message>
    <message>
        <source>&amp;Needs attention…</source>
        <translation>&amp;Потребує уваги…</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>Новий &amp;клієнт…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Нова база…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Відкрити базу…</translation>
    </message>
    <message>
        <source>&amp;Pause reminders</source>
        <translation>&amp;Призупинити нагадування</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Віднов&amp;ити з резервної копії…</translation>
    </message>
    <message>
        <source>&amp;Resume reminders</source>
        <translation>Від&amp;новити нагадування</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>По&amp;шук</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Нала&amp;штування…</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>С&amp;ьогодні</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Кошик…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Write summary e-mail…</source>
        <translation>&amp;Написати підсумковий лист…</translation>
    </message>
    <message>
        <source>About contacttracker</source>
        <translation>Про contacttracker</translation>
    </message>
    <message>
        <source>Back to your &amp;database</source>
        <translation>Повернутися до св&amp;оєї бази</translation>
    </message>
    <message>
        <source>C&amp;onversations…</source>
        <translation>&amp;Розмови…</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <source>Clients as &amp;vCard…</source>
        <translation>Клієнти як &amp;vCard…</translation>
    </message>
    <message>
        <source>Clients for a &amp;spreadsheet (.xlsx, .csv)…</source>
        <translation>Клієнти для &amp;електронної таблиці (.xlsx, .csv)…</translation>
    </message>
    <message>
        <source>Connected to the database again.</source>
        <translation>З'єднання з базою відновлено.</translation>
    </message>
    <message>
        <source>Cop&amp;y into another database…</source>
        <translation>Ско&amp;піювати в іншу базу…</translation>
    </message>
    <message>
        <source>Data location</source>
        <translation>Де зберігаються дані</translation>
    </message>
    <message>
        <source>Database: %1 (schema %2)</source>
        <translation>База: %1 (схема %2)</translation>
    </message>
    <message>
        <source>Dia&amp;gnostics</source>
        <translation>Д&amp;іагностика</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Діагностика</translation>
    </message>
    <message>
        <source>Everyone's conversations</source>
        <translation>Розмови всіх</translation>
    </message>
    <message>
        <source>Follow-ups as ca&amp;lendar (.ics)…</source>
        <translation>&amp;Нагадування як календар (.ics)…</translation>
    </message>
    <message>
        <source>For 1 &amp;hour</source>
        <translation>На 1 &amp;годину</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Аналітика</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Мова: %1</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Потребує уваги</translation>
    </message>
    <message>
        <source>Only mine</source>
        <translation>Лише мої</translation>
    </message>
    <message>
        <source>Only mine: the conversations recorded under your name in Settings</source>
        <translation>Лише мої: розмови, записані під вашим ім’ям із налаштувань</translation>
    </message>
    <message>
        <source>Open sa&amp;mple database</source>
        <translation>Відкрити &amp;базу-приклад</translation>
    </message>
    <message>
        <source>Queues: %1</source>
        <translation>Черги: %1</translation>
    </message>
    <message>
        <source>Reminders are on again.</source>
        <translation>Нагадування знову ввімкнено.</translation>
    </message>
    <message>
        <source>Reminders are paused until %1.</source>
        <translation>Нагадування призупинено до %1.</translation>
    </message>
    <message>
        <source>S&amp;hared database…</source>
        <translation>&amp;Спільна база…</translation>
    </message>
    <message>
        <source>Sample data: nothing here is real. Back to your database</source>
        <translation>База-приклад: тут нічого справжнього. Повернутися до своєї бази</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Розділи</translation>
    </message>
    <message>
        <source>Show or hide the side&amp;bar</source>
        <translation>Показати або сховати &amp;бічну панель</translation>
    </message>
    <message>
        <source>Sync &amp;mail now</source>
        <translation>&amp;Синхронізувати пошту зараз</translation>
    </message>
    <message>
        <source>The shared database cannot be reached. Saving waits until it can; the window looks again every two seconds.</source>
        <translation>Спільна база недоступна. Збереження зачекає, доки вона з'явиться; вікно перевіряє кожні дві секунди.</translation>
    </message>
    <message>
        <source>This database: %1

Start with --db FILE or set CONTACTTRACKER_DB to use another one.</source>
        <translation>Ця база: %1

Щоб відкрити іншу, запустіть з --db ФАЙЛ або задайте CONTACTTRACKER_DB.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow</source>
        <translation>До &amp;завтра</translation>
    </message>
    <message>
        <source>Use the loc&amp;al database</source>
        <translation>Працювати з &amp;локальною базою</translation>
    </message>
    <message>
        <source>Whose conversations to show</source>
        <translation>Чиї розмови показувати</translation>
    </message>
    <message>
        <source>contacttracker %1

Every client's channels and every conversation: e-mails awaiting confirmation, agreements without a summary, replies we owe, follow-ups and clients we are losing touch with.</source>
        <translation>contacttracker %1

Канали кожного клієнта й кожна розмова: листи без підтвердження, домовленості без підсумку, відповіді, які ми винні, нагадування і клієнти, з якими втрачаємо зв’язок.</translation>
    </message>
</context>
<context>
    <name>Nudge</name>
    <message>
        <source>a summary e-mail is recorded with Mark as sent, not as a nudge</source>
        <translation>підсумковий лист записується кнопкою «Позначити надісланим», а не як нагадування</translation>
    </message>
    <message>
        <source>no conversation {reference}</source>
        <translation>немає розмови {reference}</translation>
    </message>
    <message>
        <source>no such client</source>
        <translation>немає такого клієнта</translation>
    </message>
    <message>
        <source>no template {name} in {value1}</source>
        <translation>немає шаблону {name} у {value1}</translation>
    </message>
    <message>
        <source>this conversation is in no queue: nothing to ask about</source>
        <translation>ця розмова не стоїть у жодній черзі: немає про що питати</translation>
    </message>
    <message>
        <source>{channel} has no link to open a chat with</source>
        <translation>{channel} не має посилання, щоб відкрити чат</translation>
    </message>
    <message>
        <source>{client} has no {channel} on file</source>
        <translation>для клієнта {client} не записано {channel}</translation>
    </message>
    <message>
        <source>{reference} names more than one conversation</source>
        <translation>{reference} відповідає кільком розмовам</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>All time</source>
        <translation>Увесь час</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Останні 30 днів</translation>
    </message>
    <message>
        <source>Last quarter (90 days)</source>
        <translation>Останній квартал (90 днів)</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Останній рік</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <source>Agreements without a summary</source>
        <translation>Домовленості без підсумку</translation>
    </message>
    <message>
        <source>E-mails awaiting confirmation</source>
        <translation>Листи без підтвердження</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Час нагадати</translation>
    </message>
    <message>
        <source>Losing touch</source>
        <translation>Втрачаємо зв’язок</translation>
    </message>
    <message>
        <source>Messages awaiting our reply</source>
        <translation>Повідомлення чекають відповіді</translation>
    </message>
</context>
<context>
    <name>QueueEmpty</name>
    <message>
        <source>Every e-mail has been confirmed.</source>
        <translation>Усі листи підтверджено.</translation>
    </message>
    <message>
        <source>Every spoken agreement has its summary e-mail.</source>
        <translation>Кожна усна домовленість має підсумковий лист.</translation>
    </message>
    <message>
        <source>No follow-ups due.</source>
        <translation>Нагадувати поки нікому.</translation>
    </message>
    <message>
        <source>No one is waiting for an answer.</source>
        <translation>Ніхто не чекає на відповідь.</translation>
    </message>
    <message>
        <source>You are in touch with everyone.</source>
        <translation>Ви на зв’язку з усіма.</translation>
    </message>
</context>
<context>
    <name>QueueHint</name>
    <message>
        <source>Clients with a keep-in-touch rhythm who have not heard from us for too long.</source>
        <translation>Клієнти з ритмом контактів, які надто довго нас не чули.</translation>
    </message>
    <message>
        <source>E-mail has no read receipt: ask the client through another channel whether the letter arrived, then record the confirmation.</source>
        <translation>Ел. пошта не має сповіщення про прочитання: запитайте клієнта іншим каналом, чи дійшов лист, і запишіть підтвердження.</translation>
    </message>
    <message>
        <source>Follow-up dates that have come.</source>
        <translation>Дати нагадувань, що вже настали.</translation>
    </message>
    <message>
        <source>Incoming messages with no answer from us yet, against each client's response time.</source>
        <translation>Вхідні повідомлення, на які ми ще не відповіли, з урахуванням строку відповіді кожного клієнта.</translation>
    </message>
    <message>
        <source>What was agreed by voice, video or in person counts only once the client has approved it in writing: send the summary e-mail.</source>
        <translation>Домовленість голосом, по відео чи наживо діє, лише коли клієнт підтвердив її письмово: надішліть підсумковий лист.</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>&amp;Працювати в системному лотку, коли вікно закрито</translation>
    </message>
    <message>
        <source>Remind me on the &amp;desktop of items coming due</source>
        <translation>Нагадувати на &amp;робочому столі про справи, строк яких настає</translation>
    </message>
    <message>
        <source>Reminders come only within your working hours (General page); what comes due outside them arrives as one summary when they begin.</source>
        <translation>Нагадування приходять лише в робочі години (сторінка «Загальне»); те, що настане поза ними, прийде одним підсумком, щойно вони почнуться.</translation>
    </message>
    <message>
        <source>Start at lo&amp;gin</source>
        <translation>Запускати під час &amp;входу в систему</translation>
    </message>
    <message>
        <source>This desktop shows no tray icons: closing the window quits the app.</source>
        <translation>Цей робочий стіл не показує значків у системному лотку: закриття вікна завершує програму.</translation>
    </message>
    <message>
        <source>Warn &amp;before a reply is due:</source>
        <translation>Попереджати про відповідь &amp;заздалегідь за:</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>%1 has not confirmed your e-mail</source>
        <translation>%1: лист не підтверджено</translation>
    </message>
    <message>
        <source>%1 is waiting too long for a reply</source>
        <translation>%1: відповідь прострочено</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) waiting for a reply</source>
        <translation>
            <numerusform>%n клієнт чекає на відповідь</numerusform>
            <numerusform>%n клієнти чекають на відповідь</numerusform>
            <numerusform>%n клієнтів чекають на відповідь</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need your attention</source>
        <translation>
            <numerusform>%n справа потребує уваги</numerusform>
            <numerusform>%n справи потребують уваги</numerusform>
            <numerusform>%n справ потребують уваги</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow up with %1</source>
        <translation>%1: час нагадати про себе</translation>
    </message>
    <message>
        <source>Losing touch with %1</source>
        <translation>%1: втрачаємо зв’язок</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>Reply to %1 by %2</source>
        <translation>%1: відповісти до %2</translation>
    </message>
    <message>
        <source>Snooze 1 h</source>
        <translation>Відкласти на 1 год</translation>
    </message>
    <message>
        <source>The follow-up with %1 is overdue</source>
        <translation>%1: нагадування прострочено</translation>
    </message>
    <message>
        <source>The summary e-mail to %1 is overdue</source>
        <translation>%1: підсумковий лист прострочено</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>і ще %n</numerusform>
            <numerusform>і ще %n</numerusform>
            <numerusform>і ще %n</numerusform>
        </translation>
    </message>
    <message>
        <source>e-mail not confirmed</source>
        <translation>лист не підтверджено</translation>
    </message>
    <message>
        <source>follow-up due</source>
        <translation>час нагадати</translation>
    </message>
    <message>
        <source>follow-up overdue</source>
        <translation>нагадування прострочено</translation>
    </message>
    <message>
        <source>losing touch</source>
        <translation>втрачаємо зв’язок</translation>
    </message>
    <message>
        <source>reply by %1</source>
        <translation>відповісти до %1</translation>
    </message>
    <message>
        <source>reply overdue</source>
        <translation>відповідь прострочено</translation>
    </message>
    <message>
        <source>summary e-mail overdue</source>
        <translation>підсумковий лист прострочено</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message numerus="yes">
        <source>%n conversation(s) found</source>
        <translation>
            <numerusform>Знайдено %n розмову</numerusform>
            <numerusform>Знайдено %n розмови</numerusform>
            <numerusform>Знайдено %n розмов</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import history…</source>
        <translation>&amp;Імпортувати історію…</translation>
    </message>
    <message>
        <source>&amp;Log a conversation…</source>
        <translation>&amp;Записати розмову…</translation>
    </message>
    <message>
        <source>C&amp;lear the search</source>
        <translation>О&amp;чистити пошук</translation>
    </message>
    <message>
        <source>Conversations you log or import are found here by any word.</source>
        <translation>Тут можна знайти за будь-яким словом розмови, які ви запишете чи імпортуєте.</translation>
    </message>
    <message>
        <source>Every word must occur. Try fewer words, or look for the name among the clients.</source>
        <translation>Мають трапитися всі слова. Спробуйте менше слів або пошукайте це ім’я серед клієнтів.</translation>
    </message>
    <message>
        <source>Find among &amp;clients</source>
        <translation>Знайти серед &amp;клієнтів</translation>
    </message>
    <message>
        <source>No conversation mentions “%1”.</source>
        <translation>Жодна розмова не згадує «%1».</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Нічого не знайдено.</translation>
    </message>
    <message>
        <source>Nothing to search yet.</source>
        <translation>Шукати поки нічого.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результати пошуку</translation>
    </message>
    <message>
        <source>Search subjects, summaries and agreements</source>
        <translation>Пошук у темах, підсумках і домовленостях</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Текст для пошуку</translation>
    </message>
    <message>
        <source>Type a word: every word must occur, in any form it starts.</source>
        <translation>Введіть слово: знайдуться розмови з усіма словами, у будь-якій формі з таким початком.</translation>
    </message>
</context>
<context>
    <name>ServerFields</name>
    <message>
        <source>%1 port</source>
        <translation>Порт %1</translation>
    </message>
    <message>
        <source>%1 security</source>
        <translation>Захист %1</translation>
    </message>
    <message>
        <source>%1 server</source>
        <translation>Сервер %1</translation>
    </message>
    <message>
        <source>None (this computer only)</source>
        <translation>Немає (лише цей комп’ютер)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>A spoken agreement needs its &amp;summary within:</source>
        <translation>Підсумок усної &amp;домовленості — протягом:</translation>
    </message>
    <message>
        <source>An unconfirmed e-mail is &amp;overdue after:</source>
        <translation>Лист без підтвердження &amp;прострочено через:</translation>
    </message>
    <message>
        <source>Default time to &amp;answer a client:</source>
        <translation>Звичайний &amp;строк відповіді клієнтові:</translation>
    </message>
    <message>
        <source>Escalate an &amp;urgent matter after:</source>
        <translation>&amp;Термінове питання загострювати через:</translation>
    </message>
    <message>
        <source>From the system (%1)</source>
        <translation>Із системи (%1)</translation>
    </message>
    <message>
        <source>Home country</source>
        <translation>Ваша країна</translation>
    </message>
    <message>
        <source>a channel {key!r} already exists</source>
        <translation>канал {key!r} уже є</translation>
    </message>
    <message>
        <source>{address!r} is not an e-mail address</source>
        <translation>{address!r} — не адреса електронної пошти</translation>
    </message>
    <message>
        <source>{code!r} is not a country code (UA, PL, DE…); '' follows the system</source>
        <translation>{code!r} — не код країни (UA, PL, DE…); '' — як у системі</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source> h</source>
        <translation> год</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (використовується)</translation>
    </message>
    <message>
        <source>%1 (not in use: the local file is)</source>
        <translation>%1 (не використовується: працює локальний файл)</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Оформлення:</translation>
    </message>
    <message>
        <source>&amp;Home country:</source>
        <translation>Ваша &amp;країна:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>&amp;Нагадування</translation>
    </message>
    <message>
        <source>&amp;Your name in the log:</source>
        <translation>&amp;Ваше ім’я в журналі:</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <source>CSV &amp;delimiter:</source>
        <translation>&amp;Роздільник CSV:</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Кома (,)</translation>
    </message>
    <message>
        <source>Con&amp;nect…</source>
        <translation>&amp;Налаштувати…</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Темне</translation>
    </message>
    <message>
        <source>Data lives in:</source>
        <translation>Дані зберігаються в:</translation>
    </message>
    <message>
        <source>E-&amp;mail accounts</source>
        <translation>Пош&amp;тові скриньки</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Загальне</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Світле</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <source>Semicolon (;) — Excel in Ukrainian and Russian</source>
        <translation>Крапка з комою (;) — Excel українською та російською</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Shared database:</source>
        <translation>Спільна база:</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляція</translation>
    </message>
    <message>
        <source>Working rules</source>
        <translation>Правила роботи</translation>
    </message>
    <message>
        <source>none set up (this computer's file only)</source>
        <translation>не налаштована (лише файл цього комп'ютера)</translation>
    </message>
</context>
<context>
    <name>SharedDatabaseDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>З'&amp;єднатися</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База даних:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Remember the password (in the system keyring)</source>
        <translation>&amp;Запам'ятати пароль (у системному сховищі паролів)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Ім'я користувача:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation>Спільна база</translation>
    </message>
    <message>
        <source>The team's PostgreSQL database: everyone's clients and conversations in one place. Whoever runs the server gives you these details.</source>
        <translation>База PostgreSQL команди: клієнти й розмови всіх в одному місці. Ці дані дає той, хто обслуговує сервер.</translation>
    </message>
</context>
<context>
    <name>SheetMapping</name>
    <message numerus="yes">
        <source>%1, %n row(s)</source>
        <translation>
            <numerusform>%1, %n рядок</numerusform>
            <numerusform>%1, %n рядки</numerusform>
            <numerusform>%1, %n рядків</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here (given what they lack)</source>
        <translation>
            <numerusform>%n уже є (отримає те, чого бракує)</numerusform>
            <numerusform>%n уже є (отримають те, чого бракує)</numerusform>
            <numerusform>%n уже є (отримають те, чого бракує)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new client(s)</source>
        <translation>
            <numerusform>%n новий клієнт</numerusform>
            <numerusform>%n нові клієнти</numerusform>
            <numerusform>%n нових клієнтів</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Аркуш:</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>Цей файл не вдається імпортувати</translation>
    </message>
    <message>
        <source>Choose what each column holds. The guess comes from the header and the values; a choice you change is remembered for files with the same header.</source>
        <translation>Виберіть, що містить кожен стовпець. Здогадка береться із заголовка й значень; змінений вибір запам’ятовується для файлів з таким самим заголовком.</translation>
    </message>
    <message>
        <source>Columns of %1</source>
        <translation>Стовпці %1</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Містить</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Рядок %1: %2</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Аркуш</translation>
    </message>
    <message>
        <source>The first %1 rows are checked here; the import checks the other %2 and refuses the file if one cannot be read.</source>
        <translation>Тут перевірено перші %1 рядків; решту (%2) перевірить імпорт і відмовиться від файлу, якщо якийсь рядок не вдасться прочитати.</translation>
    </message>
    <message>
        <source>What column %1 holds</source>
        <translation>Що містить стовпець %1</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more row(s)</source>
        <translation>
            <numerusform>…і ще %n рядок</numerusform>
            <numerusform>…і ще %n рядки</numerusform>
            <numerusform>…і ще %n рядків</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Snooze</name>
    <message>
        <source>For 2 hours</source>
        <translation>На 2 години</translation>
    </message>
    <message>
        <source>Next week, %1</source>
        <translation>Наступного тижня, %1</translation>
    </message>
    <message>
        <source>Tomorrow morning, %1</source>
        <translation>Завтра зранку, %1</translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation>До дати…</translation>
    </message>
    <message>
        <source>no such client</source>
        <translation>немає такого клієнта</translation>
    </message>
    <message>
        <source>no such conversation</source>
        <translation>немає такої розмови</translation>
    </message>
    <message>
        <source>{until} has passed: snooze until a later time</source>
        <translation>{until} уже минуло: відкладіть на пізніший час</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Snooze until</source>
        <translation>Відкласти до</translation>
    </message>
    <message>
        <source>The item leaves the queues until:</source>
        <translation>Пункт зникне з черг до:</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Ask by %1</source>
        <translation>Запитати через %1</translation>
    </message>
    <message>
        <source>Ask whether it arrived</source>
        <translation>Запитати, чи дійшов</translation>
    </message>
    <message>
        <source>Follow up by %1</source>
        <translation>Нагадати через %1</translation>
    </message>
    <message>
        <source>Get in touch</source>
        <translation>Зв’язатися</translation>
    </message>
    <message>
        <source>Get in touch by %1</source>
        <translation>Зв’язатися через %1</translation>
    </message>
    <message>
        <source>Reply by %1</source>
        <translation>Відповісти через %1</translation>
    </message>
    <message>
        <source>Urgent: call</source>
        <translation>Терміново: подзвонити</translation>
    </message>
    <message>
        <source>Urgent: duplicate by %1</source>
        <translation>Терміново: продублювати через %1</translation>
    </message>
    <message>
        <source>Write the summary e-mail</source>
        <translation>Написати підсумковий лист</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>a summary template starts with a 'Subject: ...' line</source>
        <translation>шаблон підсумку починається рядком 'Subject: ...'</translation>
    </message>
    <message>
        <source>no conversation {conversation_id}</source>
        <translation>немає розмови {conversation_id}</translation>
    </message>
    <message>
        <source>no conversation {reference}</source>
        <translation>немає розмови {reference}</translation>
    </message>
    <message>
        <source>no template {name} in {value1}</source>
        <translation>немає шаблону {name} у {value1}</translation>
    </message>
    <message>
        <source>not an e-mail address: {bad}</source>
        <translation>не адреса e-mail: {bad}</translation>
    </message>
    <message>
        <source>only a phone call, video call or meeting is written up as a summary e-mail</source>
        <translation>підсумковим листом оформлюють лише дзвінок, відеодзвінок або зустріч</translation>
    </message>
    <message>
        <source>the e-mail is to nobody: the client has no address</source>
        <translation>лист нікому: у клієнта немає адреси</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>Додат&amp;и</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>Ко&amp;пія:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>&amp;Mark as sent</source>
        <translation>По&amp;значити надісланим</translation>
    </message>
    <message>
        <source>&amp;Next steps:</source>
        <translation>&amp;Наступні кроки:</translation>
    </message>
    <message>
        <source>&amp;Open in mail program</source>
        <translation>В&amp;ідкрити в поштовій програмі</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Вилучити</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <source>(open it with your mail program)</source>
        <translation>(відкрийте її поштовою програмою)</translation>
    </message>
    <message>
        <source>A summary e-mail of this conversation was already recorded on %1. Write another one?</source>
        <translation>Підсумковий лист цієї розмови вже записано %1. Написати ще один?</translation>
    </message>
    <message>
        <source>A&amp;greements:</source>
        <translation>&amp;Домовленості:</translation>
    </message>
    <message>
        <source>Agreements, one per line</source>
        <translation>Домовленості, по одній на рядок</translation>
    </message>
    <message>
        <source>As it will be sent:</source>
        <translation>Так його буде надіслано:</translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation>Копія: %1</translation>
    </message>
    <message>
        <source>Check the addresses</source>
        <translation>Перевірте адреси</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Ск&amp;опіювати</translation>
    </message>
    <message>
        <source>Draft saved: %1</source>
        <translation>Чернетку збережено: %1</translation>
    </message>
    <message>
        <source>E-mail drafts (*.eml)</source>
        <translation>Чернетки листів (*.eml)</translation>
    </message>
    <message>
        <source>Next steps with dates, one per line</source>
        <translation>Наступні кроки з датами, по одному на рядок</translation>
    </message>
    <message>
        <source>No mail program</source>
        <translation>Немає поштової програми</translation>
    </message>
    <message>
        <source>Not an e-mail address: %1</source>
        <translation>Не адреса ел. пошти: %1</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Не записано</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <source>Nothing on this computer opens mailto: links. Use Copy or Save draft.</source>
        <translation>На цьому комп’ютері ніщо не відкриває посилання mailto:. Скористайтеся «Скопіювати» або «Зберегти чернетку».</translation>
    </message>
    <message>
        <source>Opened in your mail program. Send it, then Mark as sent.</source>
        <translation>Відкрито в поштовій програмі. Надішліть лист, потім позначте його надісланим.</translation>
    </message>
    <message>
        <source>Other addresses: %1</source>
        <translation>Інші адреси: %1</translation>
    </message>
    <message>
        <source>Preview of the e-mail</source>
        <translation>Попередній перегляд листа</translation>
    </message>
    <message>
        <source>Record the e-mail as sent: the call counts as written up (Ctrl+Enter)</source>
        <translation>Записати лист як надісланий: розмову буде підсумовано (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>S&amp;end</source>
        <translation>Н&amp;адіслати</translation>
    </message>
    <message>
        <source>Save &amp;draft…</source>
        <translation>Зберегти &amp;чернетку…</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Збереження чернетки</translation>
    </message>
    <message>
        <source>Send it from %1; a copy goes to Sent and it is recorded</source>
        <translation>Надіслати від %1; копія піде до «Надісланих», а лист буде записано</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Надіслано</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message>
        <source>Summary e-mail</source>
        <translation>Підсумковий лист</translation>
    </message>
    <message>
        <source>Summary e-mail to %1</source>
        <translation>Підсумковий лист: %1</translation>
    </message>
    <message>
        <source>The e-mail is too long for a mail link, so it was saved as a draft: %1</source>
        <translation>Лист задовгий для поштового посилання, тому його збережено як чернетку: %1</translation>
    </message>
    <message>
        <source>The text is on the clipboard.</source>
        <translation>Текст скопійовано в буфер обміну.</translation>
    </message>
    <message>
        <source>This client has no e-mail address yet: type one in To.</source>
        <translation>У цього клієнта ще немає адреси ел. пошти: введіть її в полі «Кому».</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Кому: %1</translation>
    </message>
    <message>
        <source>Whom is it to? Add the client's e-mail address.</source>
        <translation>Кому лист? Додайте адресу ел. пошти клієнта.</translation>
    </message>
    <message>
        <source>Write another summary?</source>
        <translation>Написати ще один підсумок?</translation>
    </message>
    <message>
        <source>client@example.com, another@example.com</source>
        <translation>client@example.com, another@example.com</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Виконується</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Agreed:</source>
        <translation>Домовилися:</translation>
    </message>
    <message>
        <source>Conversations as a thread</source>
        <translation>Розмови стрічкою</translation>
    </message>
    <message>
        <source>The latest %1 of %2 conversations; the table has them all.</source>
        <translation>Останні %1 з %2 розмов; усі — у таблиці.</translation>
    </message>
    <message>
        <source>awaits confirmation</source>
        <translation>чекає підтвердження</translation>
    </message>
    <message>
        <source>awaits our reply</source>
        <translation>чекає нашої відповіді</translation>
    </message>
    <message>
        <source>needs a summary e-mail</source>
        <translation>потрібен підсумковий лист</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source> — %1 of %2 here; the queue's own page has them all</source>
        <translation> — тут %1 з %2; усі є на сторінці цієї черги</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>&amp;Add a client…</source>
        <translation>&amp;Додати клієнта…</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Імпортувати контакти…</translation>
    </message>
    <message>
        <source>&amp;Log a conversation…</source>
        <translation>&amp;Записати розмову…</translation>
    </message>
    <message>
        <source>&amp;Try sample data</source>
        <translation>&amp;Спробувати на прикладі</translation>
    </message>
    <message>
        <source>Add your first client, import the contacts you have, or look around in a sample database first (your own stays empty).</source>
        <translation>Додайте першого клієнта, імпортуйте наявні контакти або спершу роздивіться все у базі-прикладі (ваша власна залишиться порожньою).</translation>
    </message>
    <message>
        <source>Every e-mail is confirmed, every agreement written up, no one waits for an answer and no follow-up is due.</source>
        <translation>Усі листи підтверджено, усі домовленості записано, ніхто не чекає на відповідь і нагадувань на сьогодні немає.</translation>
    </message>
    <message>
        <source>Everything that needs attention today</source>
        <translation>Усе, що сьогодні потребує уваги</translation>
    </message>
    <message>
        <source>Everything that needs you, most urgent first: the most overdue, then what falls due soonest. Each queue keeps its own page in the sidebar.</source>
        <translation>Усе, що чекає на вас, від найтерміновішого: спершу найбільше прострочене, потім те, чий строк настане найшвидше. Кожна черга має й окрему сторінку на бічній панелі.</translation>
    </message>
    <message>
        <source>No clients yet.</source>
        <translation>Клієнтів поки немає.</translation>
    </message>
    <message>
        <source>Nothing needs you today.</source>
        <translation>Сьогодні ніщо не потребує вашої уваги.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Відновити</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Вилучено</translation>
    </message>
    <message>
        <source>Deleted conversations</source>
        <translation>Вилучені розмови</translation>
    </message>
    <message numerus="yes">
        <source>Deleted conversations stay here for %n day(s), then they are removed for good.</source>
        <translation>
            <numerusform>Вилучені розмови лежать тут %n день, потім їх буде видалено назавжди.</numerusform>
            <numerusform>Вилучені розмови лежать тут %n дні, потім їх буде видалено назавжди.</numerusform>
            <numerusform>Вилучені розмови лежать тут %n днів, потім їх буде видалено назавжди.</numerusform>
        </translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Кошик</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <source>%n item(s) overdue</source>
        <translation>
            <numerusform>%n справа прострочена</numerusform>
            <numerusform>%n справи прострочені</numerusform>
            <numerusform>%n справ прострочено</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Log a conversation…</source>
        <translation>&amp;Записати розмову…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <source>&amp;Pause reminders</source>
        <translation>&amp;Призупинити нагадування</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <source>&amp;Resume reminders</source>
        <translation>Від&amp;новити нагадування</translation>
    </message>
    <message>
        <source>For 1 &amp;hour</source>
        <translation>На 1 &amp;годину</translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>Нічого не прострочено</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow</source>
        <translation>До &amp;завтра</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>&amp;Undo done</source>
        <translation>&amp;Скасувати «Готово»</translation>
    </message>
    <message>
        <source>&amp;Undo mark as sent</source>
        <translation>&amp;Скасувати позначку «надіслано»</translation>
    </message>
    <message>
        <source>&amp;Undo move to trash</source>
        <translation>&amp;Скасувати переміщення в кошик</translation>
    </message>
    <message>
        <source>&amp;Undo snooze</source>
        <translation>&amp;Скасувати відкладення</translation>
    </message>
    <message>
        <source>&amp;Undo the confirmation</source>
        <translation>&amp;Скасувати підтвердження</translation>
    </message>
    <message>
        <source>Confirmation recorded</source>
        <translation>Підтвердження записано</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Marked as sent</source>
        <translation>Позначено як надісланий</translation>
    </message>
    <message>
        <source>Moved to the Trash</source>
        <translation>Переміщено в кошик</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Відкладено</translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <translation>нічого скасовувати</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Нема чого скасовувати.</translation>
    </message>
    <message>
        <source>Take it back (Ctrl+Z)</source>
        <translation>Скасувати (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Скасовано: %1</translation>
    </message>
</context>
<context>
    <name>When</name>
    <message>
        <source>{text!r} is not a time: use 2026-11-21 15:00, 2026-11-21, today 15:00, tomorrow, 15:00, +2h, +3d, 2h ago or now</source>
        <translation>{text!r} — не час: пишіть 2026-11-21 15:00, 2026-11-21, today 15:00, tomorrow, 15:00, +2h, +3d, 2h ago або now</translation>
    </message>
</context>
<context>
    <name>WorkingHours</name>
    <message>
        <source>working days {text!r} should be weekday numbers like 1-5 or 1,2,3,4,6 (Monday is 1)</source>
        <translation>робочі дні {text!r} мають бути номерами днів тижня, наприклад 1-5 або 1,2,3,4,6 (понеділок — 1)</translation>
    </message>
</context>
</TS>
