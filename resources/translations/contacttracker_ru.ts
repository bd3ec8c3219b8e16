<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AboutYou</name>
    <message>
        <source>&amp;Home country:</source>
        <translation>Ваша с&amp;трана:</translation>
    </message>
    <message>
        <source>&amp;Working hours:</source>
        <translation>Рабочие &amp;часы:</translation>
    </message>
    <message>
        <source>A number typed without its country code is read as this country's</source>
        <translation>Номер, введённый без кода страны, читается как номер этой страны</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>Выберите хотя бы один рабочий день.</translation>
    </message>
    <message>
        <source>Signs your summary e-mails and your entries in the log</source>
        <translation>Этим именем подписаны ваши итоговые письма и записи в журнале</translation>
    </message>
    <message>
        <source>The sender of an e-mail draft written without a mail account</source>
        <translation>Отправитель черновика письма, написанного без почтовой учётной записи</translation>
    </message>
    <message>
        <source>The working day should end at another time than it starts.</source>
        <translation>Рабочий день должен заканчиваться не тогда, когда начинается.</translation>
    </message>
    <message>
        <source>Working day starts</source>
        <translation>Начало рабочего дня</translation>
    </message>
    <message>
        <source>Your &amp;e-mail:</source>
        <translation>Ваш &amp;адрес почты:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;имя:</translation>
    </message>
    <message>
        <source>ends</source>
        <translation>конец</translation>
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
        <translation>%1: писем — %2</translation>
    </message>
    <message>
        <source>&amp;IMAP server:</source>
        <translation>Сервер &amp;IMAP:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Про&amp;верить соединение</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>Also any address at a client's own domain (never a webmail one)</source>
        <translation>Также любой адрес на собственном домене клиента (никогда на почтовом сервисе)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Сертификат не доверенный</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Соединение…</translation>
    </message>
    <message>
        <source>E-mail account</source>
        <translation>Почтовый ящик</translation>
    </message>
    <message>
        <source>IMAP %1: connected, login accepted. %2</source>
        <translation>IMAP %1: соединено, вход принят. %2</translation>
    </message>
    <message>
        <source>More &amp;folders:</source>
        <translation>&amp;Дополнительные папки:</translation>
    </message>
    <message>
        <source>New e-mail account</source>
        <translation>Новый почтовый ящик</translation>
    </message>
    <message>
        <source>No Sent folder found: sent mail is not read.</source>
        <translation>Папка отправленных не найдена: отправленные письма не читаются.</translation>
    </message>
    <message>
        <source>No keyring</source>
        <translation>Нет хранилища паролей</translation>
    </message>
    <message>
        <source>No keyring works on this computer: the password is asked for when mail is synced or sent.</source>
        <translation>На этом компьютере не работает ни одно хранилище паролей: пароль будет спрашиваться при синхронизации или отправке.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Password for %1 at %2:</source>
        <translation>Пароль для %1 на %2:</translation>
    </message>
    <message>
        <source>Projects, Clients/Archive</source>
        <translation>Проекты, Клиенты/Архив</translation>
    </message>
    <message>
        <source>Read &amp;back:</source>
        <translation>&amp;Глубина чтения:</translation>
    </message>
    <message>
        <source>S&amp;MTP server:</source>
        <translation>Сервер S&amp;MTP:</translation>
    </message>
    <message>
        <source>SMTP %1: connected, login accepted.</source>
        <translation>SMTP %1: соединено, вход принят.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Проверка соединения</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Проверяем соединение…</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Доверять этому сертификату</translation>
    </message>
    <message>
        <source>Trust this certificate only if you know it is your mail server's.</source>
        <translation>Доверяйте этому сертификату, только если знаете, что это сертификат вашего почтового сервера.</translation>
    </message>
    <message>
        <source>What the connection test found</source>
        <translation>Что нашла проверка соединения</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Работа</translation>
    </message>
    <message>
        <source>Your &amp;addresses:</source>
        <translation>Ваши &amp;адреса:</translation>
    </message>
    <message>
        <source>Your own addresses: a letter from one of them is one you sent</source>
        <translation>Ваши собственные адреса: письмо с любого из них — это письмо, которое отправили вы</translation>
    </message>
    <message>
        <source>kept in the keyring; type to change it</source>
        <translation>сохранён в хранилище паролей; введите, чтобы изменить</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>хранится в системном хранилище паролей</translation>
    </message>
    <message>
        <source>me@studio.example, office@studio.example</source>
        <translation>me@studio.example, office@studio.example</translation>
    </message>
    <message>
        <source>smtp.example.com (to send from the app)</source>
        <translation>smtp.example.com (чтобы отправлять из программы)</translation>
    </message>
    <message>
        <source>the first address, when empty</source>
        <translation>первый адрес, если пусто</translation>
    </message>
</context>
<context>
    <name>Age</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Databases (*.db);;All files (*)</source>
        <translation>Базы данных (*.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Enter the password…</source>
        <translation>Ввести пароль…</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>Открыть другую базу…</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Открыть базу</translation>
    </message>
    <message>
        <source>Open the local database</source>
        <translation>Открыть локальную базу</translation>
    </message>
    <message>
        <source>Password for {where}:</source>
        <translation>Пароль для {where}:</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Восстановить последнюю резервную копию</translation>
    </message>
    <message>
        <source>Restored the backup of {backup}. The file that could not be opened was kept as {aside}.</source>
        <translation>Восстановлена резервная копия {backup}. Файл, который не удалось открыть, сохранён как {aside}.</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

Nothing you saved was lost. Details are in the log: {log}</source>
        <translation>Что-то пошло не так: {error}

Ничего из сохранённого не потеряно. Подробности в журнале: {log}</translation>
    </message>
    <message>
        <source>The automatic backup failed: {error}</source>
        <translation>Автоматическое резервное копирование не удалось: {error}</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Попробовать ещё раз</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Waiting %1</source>
        <translation>Ждёт %1</translation>
    </message>
    <message>
        <source>asked %1 ago</source>
        <translation>спросили %1 назад</translation>
    </message>
</context>
<context>
    <name>AttentionPage</name>
    <message>
        <source> — the oldest %1 of %2</source>
        <translation> — самые старые %1 из %2</translation>
    </message>
    <message>
        <source>&amp;Confirm receipt…</source>
        <translation>&amp;Подтвердить получение…</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <source>&amp;Log conversation…</source>
        <translation>&amp;Записать разговор…</translation>
    </message>
    <message>
        <source>&amp;Log follow-up…</source>
        <translation>&amp;Записать повторный контакт…</translation>
    </message>
    <message>
        <source>&amp;Log reply…</source>
        <translation>&amp;Записать ответ…</translation>
    </message>
    <message>
        <source>&amp;Open client</source>
        <translation>&amp;Открыть клиента</translation>
    </message>
    <message>
        <source>&amp;Write summary e-mail…</source>
        <translation>&amp;Написать итоговое письмо…</translation>
    </message>
    <message>
        <source>Close this item without recording anything (Ctrl+D)</source>
        <translation>Закрыть этот пункт, ничего не записывая (Ctrl+D)</translation>
    </message>
    <message>
        <source>Confirmed by %1</source>
        <translation>Подтверждено через %1</translation>
    </message>
    <message>
        <source>Items in the queue</source>
        <translation>Пункты в очереди</translation>
    </message>
    <message>
        <source>Open the client's program with the message written (Enter)</source>
        <translation>Открыть программу клиента с уже написанным сообщением (Enter)</translation>
    </message>
    <message>
        <source>Put this item off: for 2 hours, until tomorrow morning, next week… (Ctrl+B)</source>
        <translation>Отложить этот пункт: на 2 часа, до завтрашнего утра, на следующую неделю… (Ctrl+B)</translation>
    </message>
    <message>
        <source>S&amp;nooze…</source>
        <translation>От&amp;ложить…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Отложить</translation>
    </message>
    <message>
        <source>The client said they got the e-mail: record it (Ctrl+Y)</source>
        <translation>Клиент подтвердил, что получил письмо: записать это (Ctrl+Y)</translation>
    </message>
    <message>
        <source>Write up what was agreed (Ctrl+Shift+E)</source>
        <translation>Записать договорённости письмом (Ctrl+Shift+E)</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>backups of a shared database are the server's job</source>
        <translation>резервные копии общей базы делает сервер</translation>
    </message>
    <message>
        <source>not restored: a restore first keeps a copy of the database as it is, and {reason}</source>
        <translation>не восстановлено: перед восстановлением сохраняется копия базы данных в нынешнем состоянии, а {reason}</translation>
    </message>
    <message>
        <source>restoring a shared database is the server's job</source>
        <translation>общую базу восстанавливает сервер</translation>
    </message>
    <message>
        <source>{out}: already exists; choose a new file name</source>
        <translation>{out}: уже существует; выберите новое имя файла</translation>
    </message>
    <message>
        <source>{path}: cannot be opened ({exc})</source>
        <translation>{path}: не удаётся открыть ({exc})</translation>
    </message>
    <message>
        <source>{path}: made by a newer contacttracker (schema {version})</source>
        <translation>{path}: создано более новой версией contacttracker (схема {version})</translation>
    </message>
    <message>
        <source>{path}: not a contacttracker database</source>
        <translation>{path}: это не база contacttracker</translation>
    </message>
    <message>
        <source>{path}: not a contacttracker database ({exc})</source>
        <translation>{path}: это не база contacttracker ({exc})</translation>
    </message>
    <message>
        <source>{path}: the backup could not be written ({exc}); nothing was changed</source>
        <translation>{path}: не удалось записать резервную копию ({exc}); ничего не изменено</translation>
    </message>
    <message>
        <source>{path}: the copy is damaged ({result})</source>
        <translation>{path}: копия повреждена ({result})</translation>
    </message>
    <message>
        <source>{source}: no such file</source>
        <translation>{source}: такого файла нет</translation>
    </message>
    <message>
        <source>{target}: the copy could not be written ({exc}); nothing was kept</source>
        <translation>{target}: не удалось записать копию ({exc}); ничего не сохранено</translation>
    </message>
    <message>
        <source>{target}: the copy did not check out ({result}); nothing was kept</source>
        <translation>{target}: копия не прошла проверку ({result}); ничего не сохранено</translation>
    </message>
    <message>
        <source>{target}: {reason}; nothing was kept</source>
        <translation>{target}: {reason}; ничего не сохранено</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>No data yet for this period.</source>
        <translation>За этот период данных пока нет.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Сохранить диаграмму</translation>
    </message>
    <message>
        <source>Save figures</source>
        <translation>Сохранить данные</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
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
        <translation>Соцсеть</translation>
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
        <translation>Видеозвонок</translation>
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
        <translation>Каналы, лучший первым</translation>
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
        <translation>эл. почту</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>встречу</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>social network</source>
        <translation>соцсеть</translation>
    </message>
    <message>
        <source>video call</source>
        <translation>видеозвонок</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <source>a channel key is 1-32 lowercase latin letters, digits or '_', starting with a letter</source>
        <translation>ключ канала — от 1 до 32 строчных латинских букв, цифр или '_', в начале буква</translation>
    </message>
    <message>
        <source>a channel needs a name</source>
        <translation>каналу нужно название</translation>
    </message>
    <message>
        <source>a custom link is an https:// address with {handle} in it</source>
        <translation>своя ссылка — это адрес https:// с {handle} внутри</translation>
    </message>
    <message>
        <source>a handle is a single line</source>
        <translation>контакт должен быть одной строкой</translation>
    </message>
    <message>
        <source>a handle is at most {most} characters</source>
        <translation>контакт может содержать не более {most} символов</translation>
    </message>
    <message>
        <source>channel {key!r} already exists</source>
        <translation>канал {key!r} уже есть</translation>
    </message>
    <message>
        <source>the handle is empty</source>
        <translation>контакт пустой</translation>
    </message>
    <message>
        <source>{value!r} is not an e-mail address</source>
        <translation>{value!r} — не адрес эл. почты</translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <source>&amp;Edit client…</source>
        <translation>&amp;Редактировать клиента…</translation>
    </message>
    <message>
        <source>Answer within %1 h</source>
        <translation>Отвечать в течение %1 ч</translation>
    </message>
    <message>
        <source>Answer within the default response time</source>
        <translation>Отвечать в обычный срок</translation>
    </message>
    <message>
        <source>Check in by %1</source>
        <translation>Напомнить о себе через %1</translation>
    </message>
    <message>
        <source>Choose a client on the left, or add one with Ctrl+N.</source>
        <translation>Выберите клиента слева или добавьте нового через Ctrl+N.</translation>
    </message>
    <message>
        <source>Contact by %1</source>
        <translation>Связаться через %1</translation>
    </message>
    <message>
        <source>It is %1 for %2, outside their preferred hours (%3). Call anyway?</source>
        <translation>У %2 сейчас %1, вне удобных часов (%3). Всё равно звонить?</translation>
    </message>
    <message>
        <source>No channels yet: edit the client.</source>
        <translation>Каналов пока нет: отредактируйте клиента.</translation>
    </message>
    <message>
        <source>No client selected</source>
        <translation>Клиент не выбран</translation>
    </message>
    <message>
        <source>Nothing on this computer opens %1 links. Install %2 or copy the handle: %3</source>
        <translation>На этом компьютере ничто не открывает ссылки %1. Установите %2 или скопируйте контакт: %3</translation>
    </message>
    <message>
        <source>Open in the program that handles this channel</source>
        <translation>Открыть в программе, которая обслуживает этот канал</translation>
    </message>
    <message>
        <source>Open in the program that handles this channel; right-click to write a message</source>
        <translation>Открыть в программе этого канала; правый клик — написать сообщение</translation>
    </message>
    <message>
        <source>Outside their hours</source>
        <translation>Вне их часов</translation>
    </message>
    <message>
        <source>Projects: %1</source>
        <translation>Проекты: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Метки: %1</translation>
    </message>
    <message>
        <source>Their time: %1 (%2)</source>
        <translation>У них сейчас: %1 (%2)</translation>
    </message>
    <message>
        <source>There is no link to open for this channel; the handle is: %1</source>
        <translation>Для этого канала нет ссылки; контакт: %1</translation>
    </message>
    <message>
        <source>a good time to call</source>
        <translation>удобное время для звонка</translation>
    </message>
    <message numerus="yes">
        <source>keep in touch every %n day(s)</source>
        <translation>
            <numerusform>напоминать каждый %n день</numerusform>
            <numerusform>напоминать каждые %n дня</numerusform>
            <numerusform>напоминать каждые %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>last contact %1</source>
        <translation>последний контакт %1</translation>
    </message>
    <message>
        <source>outside their hours</source>
        <translation>вне их часов</translation>
    </message>
    <message>
        <source>prefers %1 — %2</source>
        <translation>удобно %1 — %2</translation>
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
        <translation> ч</translation>
    </message>
    <message>
        <source>&amp;Add channel</source>
        <translation>&amp;Добавить канал</translation>
    </message>
    <message>
        <source>&amp;Channels:</source>
        <translation>Ка&amp;налы:</translation>
    </message>
    <message>
        <source>&amp;Keep in touch every:</source>
        <translation>Напоминать ка&amp;ждые:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Response time:</source>
        <translation>Срок &amp;ответа:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Часовой пояс:</translation>
    </message>
    <message>
        <source>Archived (hidden from lists and queues)</source>
        <translation>В архиве (скрыт из списков и очередей)</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>&amp;Компания:</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>Отменить изменения?</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Редактирование клиента</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Please correct</source>
        <translation>Пожалуйста, исправьте</translation>
    </message>
    <message>
        <source>Preferred &amp;hours:</source>
        <translation>Удобные ч&amp;асы:</translation>
    </message>
    <message>
        <source>Rank the selected channel higher (Alt+Up)</source>
        <translation>Поставить выбранный канал выше (Alt+Up)</translation>
    </message>
    <message>
        <source>Rank the selected channel lower (Alt+Down)</source>
        <translation>Поставить выбранный канал ниже (Alt+Down)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Метки:</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Use %1 (the phone's country)</source>
        <translation>Взять %1 (по номеру телефона)</translation>
    </message>
    <message>
        <source>What you changed has not been saved. Close and lose it?</source>
        <translation>Ваши изменения не сохранены. Закрыть и потерять их?</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <source>default</source>
        <translation>по умолчанию</translation>
    </message>
    <message>
        <source>no rhythm</source>
        <translation>без ритма</translation>
    </message>
</context>
<context>
    <name>ClientErasure</name>
    <message numerus="yes">
        <source>%1 and %n conversation(s) were deleted for good.</source>
        <translation>
            <numerusform>%1 и %n разговор удалены навсегда.</numerusform>
            <numerusform>%1 и %n разговора удалены навсегда.</numerusform>
            <numerusform>%1 и %n разговоров удалены навсегда.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete for good</source>
        <translation>&amp;Удалить навсегда</translation>
    </message>
    <message>
        <source>A backup of the database is taken first; File → Restore from backup… brings it back.</source>
        <translation>Сначала будет сделана резервная копия базы; Файл → Восстановить из резервной копии… вернёт всё обратно.</translation>
    </message>
    <message>
        <source>Delete %1 for good?</source>
        <translation>Удалить %1 навсегда?</translation>
    </message>
    <message>
        <source>Delete client for good</source>
        <translation>Удаление клиента навсегда</translation>
    </message>
    <message>
        <source>Deleted for good</source>
        <translation>Удалено навсегда</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Не удалено</translation>
    </message>
    <message>
        <source>The backup from just before: %1</source>
        <translation>Резервная копия, сделанная перед этим: %1</translation>
    </message>
    <message numerus="yes">
        <source>This erases the client, their channels and projects and %n conversation(s) with them. It cannot be undone: nothing of it goes to the Trash.</source>
        <translation>
            <numerusform>Будут стёрты клиент, его каналы и проекты и %n разговор с ним. Это нельзя отменить: ничего из этого не попадёт в корзину.</numerusform>
            <numerusform>Будут стёрты клиент, его каналы и проекты и %n разговора с ним. Это нельзя отменить: ничего из этого не попадёт в корзину.</numerusform>
            <numerusform>Будут стёрты клиент, его каналы и проекты и %n разговоров с ним. Это нельзя отменить: ничего из этого не попадёт в корзину.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the shared database: no backup is taken here (that is the server's job).</source>
        <translation>Это общая база: резервная копия здесь не делается (это забота сервера).</translation>
    </message>
    <message>
        <source>To keep the client but hide them from lists and queues, archive them instead.</source>
        <translation>Чтобы сохранить клиента, но убрать его из списков и очередей, лучше отправьте его в архив.</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source> (archived)</source>
        <translation> (в архиве)</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Type a name, company or handle</source>
        <translation>Введите имя, компанию или контакт</translation>
    </message>
</context>
<context>
    <name>Clients</name>
    <message>
        <source>keep-in-touch days must be more than 0 and at most {most}</source>
        <translation>количество дней между контактами должно быть больше 0 и не больше {most}</translation>
    </message>
    <message>
        <source>language must be one of {value1}</source>
        <translation>язык должен быть одним из: {value1}</translation>
    </message>
    <message>
        <source>no backup could be taken, so nothing was erased: {reason}</source>
        <translation>не удалось сделать резервную копию, поэтому ничего не удалено: {reason}</translation>
    </message>
    <message>
        <source>preferred hours {text!r} are not times of day</source>
        <translation>удобные часы {text!r} — не время суток</translation>
    </message>
    <message>
        <source>preferred hours {text!r} should look like 09:00-18:00</source>
        <translation>удобные часы {text!r} должны выглядеть как 09:00-18:00</translation>
    </message>
    <message>
        <source>response time must be more than 0 and at most {most} hours</source>
        <translation>срок ответа должен быть больше 0 и не больше {most} ч</translation>
    </message>
    <message>
        <source>the client needs a name</source>
        <translation>клиенту нужно имя</translation>
    </message>
    <message>
        <source>the company is longer than {most} characters</source>
        <translation>название компании длиннее {most} символов</translation>
    </message>
    <message>
        <source>the name is longer than {most} characters</source>
        <translation>имя длиннее {most} символов</translation>
    </message>
    <message>
        <source>unknown channel {key!r}</source>
        <translation>неизвестный канал {key!r}</translation>
    </message>
    <message>
        <source>{time_zone!r} is not a known time zone (e.g. Europe/Kyiv)</source>
        <translation>{time_zone!r} — неизвестный часовой пояс (например, Europe/Kyiv)</translation>
    </message>
    <message>
        <source>{value!r} is not a phone number</source>
        <translation>{value!r} — не номер телефона</translation>
    </message>
    <message>
        <source>{value!r} is not a possible phone number</source>
        <translation>{value!r} — невозможный номер телефона</translation>
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
            <numerusform>%n клиент</numerusform>
            <numerusform>%n клиента</numerusform>
            <numerusform>%n клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add a client…</source>
        <translation>&amp;Добавить клиента…</translation>
    </message>
    <message>
        <source>&amp;Clear the filter</source>
        <translation>&amp;Очистить фильтр</translation>
    </message>
    <message>
        <source>&amp;Delete client for good…</source>
        <translation>&amp;Удалить клиента навсегда…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;История…</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Импортировать контакты…</translation>
    </message>
    <message>
        <source>&amp;Import history…</source>
        <translation>&amp;Импортировать историю…</translation>
    </message>
    <message>
        <source>&amp;Log conversation…</source>
        <translation>&amp;Записать разговор…</translation>
    </message>
    <message>
        <source>&amp;Write summary e-mail…</source>
        <translation>&amp;Итоговое письмо…</translation>
    </message>
    <message>
        <source>Add your first client, or import the contacts you have.</source>
        <translation>Добавьте первого клиента или импортируйте имеющиеся контакты.</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Con&amp;firm receipt…</source>
        <translation>&amp;Подтвердить…</translation>
    </message>
    <message>
        <source>Conversation log</source>
        <translation>Журнал разговоров</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Filter by name, company, tag or handle</source>
        <translation>Фильтр по имени, компании, метке или контакту</translation>
    </message>
    <message>
        <source>Filter clients</source>
        <translation>Фильтр клиентов</translation>
    </message>
    <message>
        <source>Log a call, a message or a meeting, or import a chat or the mailbox.</source>
        <translation>Запишите звонок, сообщение или встречу либо импортируйте переписку из мессенджера или почтового ящика.</translation>
    </message>
    <message>
        <source>Log a conversation…</source>
        <translation>Записать разговор…</translation>
    </message>
    <message>
        <source>Move this %1 of %2 to the trash?</source>
        <translation>Переместить эту запись (%1, %2) в корзину?</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>В &amp;корзину</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Переместить в корзину</translation>
    </message>
    <message>
        <source>Names, companies, tags and every handle are searched.</source>
        <translation>Поиск идёт по именам, компаниям, меткам и всем контактам.</translation>
    </message>
    <message>
        <source>No client matches “%1”.</source>
        <translation>Ни один клиент не подходит под «%1».</translation>
    </message>
    <message>
        <source>No clients yet.</source>
        <translation>Клиентов пока нет.</translation>
    </message>
    <message>
        <source>No conversations with this client yet.</source>
        <translation>С этим клиентом ещё не было разговоров.</translation>
    </message>
    <message>
        <source>Read the history as a thread, or as the table</source>
        <translation>Читать историю лентой или таблицей</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Показать &amp;архивных</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>&amp;Лента</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Agreements</source>
        <translation>Договорённости</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Найдено</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Не импортировать</translation>
    </message>
    <message>
        <source>Keep in touch, days</source>
        <translation>Поддерживать связь, дней</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Microsoft Teams</source>
        <translation>Microsoft Teams</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Открытые дела</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Предпочтительный канал</translation>
    </message>
    <message>
        <source>Preferred hours</source>
        <translation>Удобные часы</translation>
    </message>
    <message>
        <source>Response time, hours</source>
        <translation>Время ответа, часов</translation>
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
        <translation>Соцсеть</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
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
        <translation>Когда</translation>
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
        <translation>Отмена</translation>
    </message>
    <message>
        <source>E-mail to %1</source>
        <translation>Письмо: %1</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>От:</translation>
    </message>
    <message>
        <source>Not an e-mail address: %1</source>
        <translation>Не адрес эл. почты: %1</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Не отправлено</translation>
    </message>
    <message>
        <source>S&amp;end</source>
        <translation>Отпр&amp;авить</translation>
    </message>
    <message>
        <source>Send it from %1; a copy goes to Sent and it is recorded (Ctrl+Enter)</source>
        <translation>Отправить с %1; копия попадёт в «Отправленные», а письмо будет записано (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Text of the e-mail</source>
        <translation>Текст письма</translation>
    </message>
    <message>
        <source>The e-mail has no text.</source>
        <translation>В письме нет текста.</translation>
    </message>
    <message>
        <source>Whom is it to? Add the client's e-mail address.</source>
        <translation>Кому письмо? Добавьте адрес эл. почты клиента.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Когда:</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <source>Confirm receipt</source>
        <translation>Подтверждение получения</translation>
    </message>
    <message>
        <source>Confirmed &amp;by:</source>
        <translation>Подтверждено &amp;через:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Письмо:</translation>
    </message>
    <message>
        <source>Optional, e.g. “got it, will reply tomorrow”</source>
        <translation>Необязательно, напр. «получили, ответим завтра»</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Close without saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продолжить правку</translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation>Сохранить мою вместо их</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Сохранено кем-то другим</translation>
    </message>
    <message>
        <source>Take theirs, drop mine</source>
        <translation>Взять их, мою отбросить</translation>
    </message>
    <message>
        <source>Theirs:</source>
        <translation>Их версия:</translation>
    </message>
    <message>
        <source>Whatever you choose, the version replaced stays in the history.</source>
        <translation>Что бы вы ни выбрали, заменённая версия останется в истории.</translation>
    </message>
    <message>
        <source>Yours:</source>
        <translation>Ваша версия:</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>кто-то другой</translation>
    </message>
    <message>
        <source>someone else saved this {table} after you opened it</source>
        <translation>кто-то другой сохранил эту запись ({table}) после того, как вы её открыли</translation>
    </message>
    <message>
        <source>{who} moved it to the trash at {when}, after you opened it.</source>
        <translation>{who} переместил это в корзину в {when}, уже после того, как вы открыли.</translation>
    </message>
    <message>
        <source>{who} saved it at {when}, after you opened it.</source>
        <translation>{who} сохранил это в {when}, уже после того, как вы открыли.</translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <source>direction must be 'in' or 'out'</source>
        <translation>направление должно быть 'in' или 'out'</translation>
    </message>
    <message>
        <source>duration {minutes} is not between 0 and {most} minutes</source>
        <translation>длительность {minutes} должна быть от 0 до {most} минут</translation>
    </message>
    <message>
        <source>no such client</source>
        <translation>такого клиента нет</translation>
    </message>
    <message>
        <source>only an e-mail we sent can be confirmed</source>
        <translation>подтвердить можно только отправленное нами письмо</translation>
    </message>
    <message>
        <source>the agreements are longer than {most} characters</source>
        <translation>договорённости длиннее {most} символов</translation>
    </message>
    <message>
        <source>the project name is longer than {most} characters</source>
        <translation>название проекта длиннее {most} символов</translation>
    </message>
    <message>
        <source>the subject is longer than {most} characters</source>
        <translation>тема длиннее {most} символов</translation>
    </message>
    <message>
        <source>the summary is longer than {most} characters</source>
        <translation>итог длиннее {most} символов</translation>
    </message>
    <message>
        <source>the time has no time zone</source>
        <translation>у времени нет часового пояса</translation>
    </message>
    <message>
        <source>this e-mail is already confirmed</source>
        <translation>это письмо уже подтверждено</translation>
    </message>
    <message>
        <source>unknown channel {channel!r}</source>
        <translation>неизвестный канал {channel!r}</translation>
    </message>
    <message>
        <source>{queue!r} items cannot be closed by hand</source>
        <translation>пункты {queue!r} нельзя закрыть вручную</translation>
    </message>
    <message>
        <source>{value1}: no such conversation</source>
        <translation>{value1}: такого разговора нет</translation>
    </message>
</context>
<context>
    <name>Copy</name>
    <message>
        <source>Copied into {target}: {clients} clients added, {known} were already there; {added} conversations added, {skipped} were already there.</source>
        <translation>Скопировано в {target}: клиентов добавлено {clients}, уже были {known}; разговоров добавлено {added}, уже были {skipped}.</translation>
    </message>
    <message>
        <source>{target}: that is the database being copied</source>
        <translation>{target}: это та же база, которую копируют</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>This database was written by a newer contacttracker (schema {start}, this version understands up to {CURRENT_VERSION}). Update the app to open it; nothing was changed.</source>
        <translation>Эту базу записала более новая версия contacttracker (схема {start}, эта версия понимает до {CURRENT_VERSION}). Обновите программу, чтобы её открыть; ничего не изменено.</translation>
    </message>
    <message>
        <source>no database at {path} (check the path; import or demo creates a new one)</source>
        <translation>нет базы данных по адресу {path} (проверьте путь; новую создаёт import или demo)</translation>
    </message>
    <message>
        <source>this database was not made by contacttracker</source>
        <translation>эта база создана не contacttracker</translation>
    </message>
    <message>
        <source>{path}: another program is holding the database locked. Close it and try again, or open another database.</source>
        <translation>{path}: другая программа держит базу заблокированной. Закройте её и попробуйте ещё раз или откройте другую базу.</translation>
    </message>
    <message>
        <source>{path}: another program is writing to the database; waiting up to {seconds} s…</source>
        <translation>{path}: другая программа записывает в базу; ждём до {seconds} с…</translation>
    </message>
    <message>
        <source>{path}: cannot be opened: the disk is full or cannot be written ({exc}). The file was not changed; free some space and try again.</source>
        <translation>{path}: не удаётся открыть: диск заполнен или на него невозможно записать ({exc}). Файл не изменён; освободите место и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>{path}: cannot open the database ({exc})</source>
        <translation>{path}: не удаётся открыть базу ({exc})</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a database file</source>
        <translation>{path}: это папка, а не файл базы</translation>
    </message>
    <message>
        <source>{path}: the database file is damaged ({exc})</source>
        <translation>{path}: файл базы повреждён ({exc})</translation>
    </message>
    <message>
        <source>{path}: the database is read-only here (no permission to write the file or its folder). Copy it somewhere writable, or open another database.</source>
        <translation>{path}: здесь базу можно только читать (нет права записи в файл или его папку). Скопируйте её туда, где можно писать, или откройте другую базу.</translation>
    </message>
    <message>
        <source>{path}: this database belongs to another program</source>
        <translation>{path}: эта база принадлежит другой программе</translation>
    </message>
    <message>
        <source>{path}: this file is not a contacttracker database</source>
        <translation>{path}: этот файл — не база contacttracker</translation>
    </message>
    <message>
        <source>{value}: unknown kind of database (use a file path or postgresql://)</source>
        <translation>{value}: неизвестный вид базы (укажите путь к файлу или postgresql://)</translation>
    </message>
    <message>
        <source>{value}: write sqlite:///path/to/file.db (three slashes)</source>
        <translation>{value}: пишите sqlite:///путь/к/файлу.db (три косые черты)</translation>
    </message>
    <message>
        <source>{where}: another program held the database locked for too long; the change under way was not saved. Try again when it has finished.</source>
        <translation>{where}: другая программа слишком долго держала базу заблокированной; текущее изменение не сохранено. Попробуйте снова, когда она закончит.</translation>
    </message>
    <message>
        <source>{where}: the PostgreSQL driver is not installed. Install contacttracker with its team extra (psycopg), or open a local file.</source>
        <translation>{where}: драйвер PostgreSQL не установлен. Установите contacttracker с дополнением team (psycopg) или откройте локальный файл.</translation>
    </message>
    <message>
        <source>{where}: the database could not be brought up to date ({exc}).</source>
        <translation>{where}: не удалось обновить базу до текущей версии ({exc}).</translation>
    </message>
    <message>
        <source>{where}: the database failed ({exc}); the change under way was not saved.</source>
        <translation>{where}: ошибка базы данных ({exc}); текущее изменение не сохранено.</translation>
    </message>
    <message>
        <source>{where}: the database file is damaged ({exc})</source>
        <translation>{where}: файл базы повреждён ({exc})</translation>
    </message>
    <message>
        <source>{where}: the database refused the change ({exc}); it was not saved.</source>
        <translation>{where}: база отклонила изменение ({exc}); оно не сохранено.</translation>
    </message>
    <message>
        <source>{where}: the disk is full (or failed) while writing; the change under way was not saved. Free some space and try again.</source>
        <translation>{where}: диск заполнен (или сбой диска) во время записи; текущее изменение не сохранено. Освободите место и попробуйте снова.</translation>
    </message>
    <message>
        <source>{where}: the server has no such database. Ask whoever runs it to create it.</source>
        <translation>{where}: на сервере нет такой базы. Попросите администратора сервера создать её.</translation>
    </message>
    <message>
        <source>{where}: the server refused the user name or password.</source>
        <translation>{where}: сервер не принял имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>{where}: the shared database cannot be reached (the server does not answer, or the network is down).</source>
        <translation>{where}: общая база недоступна (сервер не отвечает или нет сети).</translation>
    </message>
    <message>
        <source>{where}: the shared database stopped answering; the change under way was not saved.</source>
        <translation>{where}: общая база перестала отвечать; текущее изменение не сохранено.</translation>
    </message>
</context>
<context>
    <name>DatabaseSwitching</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу</translation>
    </message>
    <message>
        <source>Databases (*.db)</source>
        <translation>Базы данных (*.db)</translation>
    </message>
    <message>
        <source>Databases (*.db);;All files (*)</source>
        <translation>Базы данных (*.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Новая база</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Открыть базу</translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation>Общая база</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the password in, so the app will ask for it at each start.</source>
        <translation>На этом компьютере нет хранилища паролей, поэтому программа будет спрашивать пароль при каждом запуске.</translation>
    </message>
</context>
<context>
    <name>DateFields</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дня</numerusform>
            <numerusform>через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>завтра</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>вчера</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>confirm by {time} · {span} left</source>
        <translation>подтвердить до {time} · осталось {span}</translation>
    </message>
    <message>
        <source>due by {time} · {span} left</source>
        <translation>до {time} · осталось {span}</translation>
    </message>
    <message>
        <source>follow up by {time} · {span} left</source>
        <translation>напомнить до {time} · осталось {span}</translation>
    </message>
    <message>
        <source>follow up today</source>
        <translation>напомнить сегодня</translation>
    </message>
    <message>
        <source>overdue by {span}</source>
        <translation>просрочено на {span}</translation>
    </message>
    <message>
        <source>reply by {time} · {span} left</source>
        <translation>ответить до {time} · осталось {span}</translation>
    </message>
    <message>
        <source>summary by {time} · {span} left</source>
        <translation>итоговое письмо до {time} · осталось {span}</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <source>↑ out</source>
        <translation>↑ исх</translation>
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
        <translation>Не сохранено: {reason}. Ничего не изменено, и всё введённое осталось здесь; попробуйте ещё раз, когда это будет исправлено.</translation>
    </message>
    <message>
        <source>another program is holding the database locked</source>
        <translation>другая программа держит базу заблокированной</translation>
    </message>
    <message>
        <source>the database cannot be written to (read-only)</source>
        <translation>в базу нельзя писать (только чтение)</translation>
    </message>
    <message>
        <source>the database refused it ({error})</source>
        <translation>база отказала ({error})</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>the shared database cannot be reached</source>
        <translation>общая база недоступна</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>{target}: is a folder; name a file to write</source>
        <translation>{target}: это папка; укажите файл, в который писать</translation>
    </message>
</context>
<context>
    <name>FileOperations</name>
    <message>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Резервное копирование не удалось</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Файлы календаря (*.ics)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Отменено; ничего не записано.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копирование</translation>
    </message>
    <message>
        <source>Copy failed</source>
        <translation>Копирование не удалось</translation>
    </message>
    <message>
        <source>Copy into another database</source>
        <translation>Копировать в другую базу</translation>
    </message>
    <message>
        <source>Copy this database:</source>
        <translation>Скопировать эту базу:</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>Копирование…</translation>
    </message>
    <message>
        <source>Databases (*.db);;All files (*)</source>
        <translation>Базы данных (*.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Everything importable (*.csv *.tsv *.xlsx *.xls *.ods *.vcf *.vcard *.txt *.json *.eml *.mbox *);;All files (*)</source>
        <translation>Всё, что можно импортировать (*.csv *.tsv *.xlsx *.xls *.ods *.vcf *.vcard *.txt *.json *.eml *.mbox *);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Книги Excel (*.xlsx);;Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>Импорт остановлен</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Into a file…</source>
        <translation>В файл…</translation>
    </message>
    <message>
        <source>Into the shared database (%1)</source>
        <translation>В общую базу (%1)</translation>
    </message>
    <message>
        <source>Not imported (nothing was written from these files):</source>
        <translation>Не импортировано (из этих файлов ничего не записано):</translation>
    </message>
    <message>
        <source>Replace everything in this database with the backup? The current state is backed up first.</source>
        <translation>Заменить всё в этой базе содержимым резервной копии? Текущее состояние сначала будет сохранено.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Восстановление не удалось</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Restored. The previous state was kept in %1</source>
        <translation>Восстановлено. Предыдущее состояние сохранено в %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <source>The copy stopped before it could say why.</source>
        <translation>Копирование остановилось, не успев объяснить причину.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n card(s) to %1</source>
        <translation>
            <numerusform>Записана %n карточка в %1</numerusform>
            <numerusform>Записано %n карточки в %1</numerusform>
            <numerusform>Записано %n карточек в %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1</source>
        <translation>
            <numerusform>Записано %n событие в %1</numerusform>
            <numerusform>Записано %n события в %1</numerusform>
            <numerusform>Записано %n событий в %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1</source>
        <translation>
            <numerusform>Записана %n строка в %1</numerusform>
            <numerusform>Записано %n строки в %1</numerusform>
            <numerusform>Записано %n строк в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Файлы vCard (*.vcf)</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Начать</translation>
    </message>
    <message>
        <source>A few things the app needs to know about you. Skip any of them: all are in Edit → Settings later.</source>
        <translation>Несколько вещей, которые программе стоит знать о вас. Любую можно пропустить: всё это есть и позже в меню Правка → Настройки.</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>П&amp;ропустить</translation>
    </message>
    <message>
        <source>Welcome to contacttracker</source>
        <translation>Добро пожаловать в contacttracker</translation>
    </message>
</context>
<context>
    <name>FollowThrough</name>
    <message>
        <source>%1 takes no text in its link: the message is on the clipboard, paste it.</source>
        <translation>%1 не принимает текст в ссылке: сообщение в буфере обмена, вставьте его.</translation>
    </message>
    <message>
        <source>Did you send it?

%1</source>
        <translation>Вы отправили его?

%1</translation>
    </message>
    <message>
        <source>Log this call?</source>
        <translation>Записать этот звонок?</translation>
    </message>
    <message>
        <source>Not sent: nothing recorded.</source>
        <translation>Не отправлено: ничего не записано.</translation>
    </message>
    <message>
        <source>Nothing on this computer opens %1 links. The message is on the clipboard.</source>
        <translation>На этом компьютере ничто не открывает ссылки %1. Сообщение в буфере обмена.</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>Отправить сообщение</translation>
    </message>
    <message>
        <source>Sent by %1</source>
        <translation>Отправлено через %1</translation>
    </message>
    <message>
        <source>Sent: asked by %1</source>
        <translation>Отправлено: спросили через %1</translation>
    </message>
    <message>
        <source>To say: %1</source>
        <translation>Сказать: %1</translation>
    </message>
    <message>
        <source>You were on %1 for about %2 min. Log this call?</source>
        <translation>Разговор через %1 длился около %2 мин. Записать этот звонок?</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Сохранить (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>no conversation {conversation_id}</source>
        <translation>нет разговора {conversation_id}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Agreements</source>
        <translation>Договорённости</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Предыдущие версии</translation>
    </message>
    <message>
        <source>History of the conversation</source>
        <translation>История разговора</translation>
    </message>
    <message>
        <source>No earlier versions: this conversation was never changed.</source>
        <translation>Предыдущих версий нет: этот разговор никогда не меняли.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>The conversation as it was before each change.</source>
        <translation>Разговор таким, каким он был перед каждым изменением.</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Когда состоялся</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>отредактировано</translation>
    </message>
    <message>
        <source>moved to the trash</source>
        <translation>перемещено в корзину</translation>
    </message>
    <message>
        <source>taken out of the trash</source>
        <translation>восстановлено из корзины</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message numerus="yes">
        <source>%n cell(s) where the header has {value2}</source>
        <translation>
            <numerusform>%n ячейка, а в заголовке {value2}</numerusform>
            <numerusform>%n ячейки, а в заголовке {value2}</numerusform>
            <numerusform>%n ячеек, а в заголовке {value2}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) of the account not imported from a chat export (bring them as vCard)</source>
        <translation>
            <numerusform>%n контакт аккаунта не импортирован из экспорта чатов (принесите его как vCard)</numerusform>
            <numerusform>%n контакта аккаунта не импортированы из экспорта чатов (принесите их как vCard)</numerusform>
            <numerusform>%n контактов аккаунта не импортировано из экспорта чатов (принесите их как vCard)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) from or to no client left out (--new-clients, or the checkbox in the window, adds their senders)</source>
        <translation>
            <numerusform>пропущено %n письмо не от клиентов и не к ним (--new-clients или флажок в окне добавляет их отправителей)</numerusform>
            <numerusform>пропущено %n письма не от клиентов и не к ним (--new-clients или флажок в окне добавляет их отправителей)</numerusform>
            <numerusform>пропущено %n писем не от клиентов и не к ним (--new-clients или флажок в окне добавляет их отправителей)</numerusform>
        </translation>
    </message>
    <message>
        <source>channel line {line!r} should be 'channel: handle'</source>
        <translation>строка канала {line!r} должна выглядеть как 'канал: контакт'</translation>
    </message>
    <message numerus="yes">
        <source>chat {name!r} ({kind}, %n message(s)) skipped: {why}</source>
        <translation>
            <numerusform>чат {name!r} ({kind}, %n сообщение) пропущен: {why}</numerusform>
            <numerusform>чат {name!r} ({kind}, %n сообщения) пропущен: {why}</numerusform>
            <numerusform>чат {name!r} ({kind}, %n сообщений) пропущен: {why}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>chat {name!r}: %n unanswered call(s) not logged</source>
        <translation>
            <numerusform>чат {name!r}: %n звонок без ответа не записан</numerusform>
            <numerusform>чат {name!r}: %n звонка без ответа не записаны</numerusform>
            <numerusform>чат {name!r}: %n звонков без ответа не записано</numerusform>
        </translation>
    </message>
    <message>
        <source>client {value1!r} ({value2}) is not in the database; import the clients file first</source>
        <translation>клиента {value1!r} ({value2}) нет в базе; сначала импортируйте файл клиентов</translation>
    </message>
    <message numerus="yes">
        <source>dates corrected for %n message(s) stored before with day and month swapped</source>
        <translation>
            <numerusform>исправлена дата %n сообщения, сохранённого ранее с перепутанными днём и месяцем</numerusform>
            <numerusform>исправлены даты %n сообщений, сохранённых ранее с перепутанными днём и месяцем</numerusform>
            <numerusform>исправлены даты %n сообщений, сохранённых ранее с перепутанными днём и месяцем</numerusform>
        </translation>
    </message>
    <message>
        <source>dates read day-first: the file does not tell; the chat's messages stored before read so</source>
        <translation>даты прочитаны как день, затем месяц: файл этого не показывает; так прочитаны уже сохранённые сообщения чата</translation>
    </message>
    <message>
        <source>dates read day-first: the file does not tell; your home country ({country}) writes the day first</source>
        <translation>даты прочитаны как день, затем месяц: файл этого не показывает; в вашей стране ({country}) день пишут первым</translation>
    </message>
    <message>
        <source>dates read month-first: the file does not tell; its 12-hour clock is a US phone's</source>
        <translation>даты прочитаны как месяц, затем день: файл этого не показывает; 12-часовое время в нём — как на телефонах США</translation>
    </message>
    <message>
        <source>dates read month-first: the file does not tell; the chat's messages stored before read so</source>
        <translation>даты прочитаны как месяц, затем день: файл этого не показывает; так прочитаны уже сохранённые сообщения чата</translation>
    </message>
    <message>
        <source>dates read month-first: the file does not tell; your home country ({country}) writes the month first</source>
        <translation>даты прочитаны как месяц, затем день: файл этого не показывает; в вашей стране ({country}) месяц пишут первым</translation>
    </message>
    <message>
        <source>direction must be 'in' or 'out', not {direction!r}</source>
        <translation>направление должно быть 'in' или 'out', а не {direction!r}</translation>
    </message>
    <message>
        <source>it has no name (a deleted account)</source>
        <translation>у него нет имени (удалённый аккаунт)</translation>
    </message>
    <message>
        <source>line 1: {exc}</source>
        <translation>строка 1: {exc}</translation>
    </message>
    <message numerus="yes">
        <source>line {line_num}: %n cell(s) where the header has {value2}</source>
        <translation>
            <numerusform>строка {line_num}: %n ячейка, а в заголовке {value2}</numerusform>
            <numerusform>строка {line_num}: %n ячейки, а в заголовке {value2}</numerusform>
            <numerusform>строка {line_num}: %n ячеек, а в заголовке {value2}</numerusform>
        </translation>
    </message>
    <message>
        <source>line {line_num}: {exc}</source>
        <translation>строка {line_num}: {exc}</translation>
    </message>
    <message>
        <source>line {line_num}: {value1}</source>
        <translation>строка {line_num}: {value1}</translation>
    </message>
    <message>
        <source>line {lineno}: not valid JSON ({msg})</source>
        <translation>строка {lineno}: некорректный JSON ({msg})</translation>
    </message>
    <message>
        <source>line {line}: a contact with no name, address or number skipped</source>
        <translation>строка {line}: контакт без имени, адреса и номера пропущен</translation>
    </message>
    <message>
        <source>line {line}: the same contact as line {first}, taken as one</source>
        <translation>строка {line}: тот же контакт, что в строке {first}, взят как один</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>строка {line}: {problem}</translation>
    </message>
    <message>
        <source>line {number}: not a WhatsApp message line: {value1!r}</source>
        <translation>строка {number}: не строка сообщения WhatsApp: {value1!r}</translation>
    </message>
    <message>
        <source>line {number}: {value1!r} is not a date ({exc})</source>
        <translation>строка {number}: {value1!r} — не дата ({exc})</translation>
    </message>
    <message>
        <source>message {number} ({subject}): no usable Date, skipped</source>
        <translation>письмо {number} ({subject}): нет пригодной даты (Date), пропущено</translation>
    </message>
    <message>
        <source>message {number}: a header cannot be read ({exc})</source>
        <translation>письмо {number}: не удаётся прочитать заголовок ({exc})</translation>
    </message>
    <message>
        <source>message {number}: it has no headers</source>
        <translation>письмо {number}: у него нет заголовков</translation>
    </message>
    <message>
        <source>message {number}: no From address</source>
        <translation>письмо {number}: нет адреса From</translation>
    </message>
    <message>
        <source>message {number}: no usable Date ({value1!r})</source>
        <translation>письмо {number}: нет пригодного Date ({value1!r})</translation>
    </message>
    <message>
        <source>message {value1}: no usable date ({exc})</source>
        <translation>сообщение {value1}: нет пригодной даты ({exc})</translation>
    </message>
    <message>
        <source>new client: {name}</source>
        <translation>новый клиент: {name}</translation>
    </message>
    <message>
        <source>no WhatsApp message lines found</source>
        <translation>строк сообщений WhatsApp не найдено</translation>
    </message>
    <message>
        <source>no column {column!r} (the columns: {header})</source>
        <translation>нет столбца {column!r} (столбцы: {header})</translation>
    </message>
    <message>
        <source>not a Telegram export: message {number} is not an object</source>
        <translation>не экспорт Telegram: сообщение {number} — не объект</translation>
    </message>
    <message>
        <source>not a Telegram export: no list of chats</source>
        <translation>не экспорт Telegram: нет списка чатов</translation>
    </message>
    <message>
        <source>not a Telegram export: no list of messages</source>
        <translation>это не экспорт Telegram: нет списка сообщений</translation>
    </message>
    <message>
        <source>not a WhatsApp chat, Telegram export or e-mail file</source>
        <translation>это не чат WhatsApp, не экспорт Telegram и не файл письма</translation>
    </message>
    <message>
        <source>occurred_at is empty</source>
        <translation>occurred_at пусто</translation>
    </message>
    <message>
        <source>only personal chats are imported</source>
        <translation>импортируются только личные чаты</translation>
    </message>
    <message>
        <source>row {row}: left out (no name, company, e-mail or phone)</source>
        <translation>строка {row}: пропущена (нет ни имени, ни компании, ни e-mail, ни телефона)</translation>
    </message>
    <message>
        <source>row {row}: {typed!r} kept as typed: not a phone number</source>
        <translation>строка {row}: {typed!r} сохранено как есть: это не номер телефона</translation>
    </message>
    <message>
        <source>row {row}: {typed!r} kept as typed: the spreadsheet shortened the number (format its column as text)</source>
        <translation>строка {row}: {typed!r} сохранено как есть: таблица сократила номер (задайте столбцу текстовый формат)</translation>
    </message>
    <message>
        <source>say who you are in the chat (--me 'Your Name') so your messages count as sent</source>
        <translation>укажите, кто вы в чате (--me 'Ваше имя'), чтобы ваши сообщения считались отправленными</translation>
    </message>
    <message>
        <source>the JSON nests deeper than any Telegram export does</source>
        <translation>JSON вложен глубже, чем бывает в любом экспорте Telegram</translation>
    </message>
    <message>
        <source>the chat's file name does not say whom it is with: keep the name the phone gave it ("WhatsApp Chat with …")</source>
        <translation>имя файла чата не говорит, с кем он: оставьте имя, которое дал телефон («WhatsApp Chat with …», «Чат WhatsApp с …»)</translation>
    </message>
    <message>
        <source>the columns were not remembered: {exc}</source>
        <translation>выбор столбцов не сохранён: {exc}</translation>
    </message>
    <message>
        <source>the file has no header line</source>
        <translation>в файле нет строки заголовка</translation>
    </message>
    <message>
        <source>the file is larger than {value1} MB</source>
        <translation>файл больше {value1} МБ</translation>
    </message>
    <message>
        <source>the header is not one of contacttracker's exports (clients or conversations)</source>
        <translation>заголовок не совпадает с экспортом contacttracker (клиенты или разговоры)</translation>
    </message>
    <message>
        <source>unknown channel {channel!r}</source>
        <translation>неизвестный канал {channel!r}</translation>
    </message>
    <message>
        <source>urgent and follow_up_done must be 0 or 1</source>
        <translation>urgent и follow_up_done должны быть 0 или 1</translation>
    </message>
    <message>
        <source>uuid {uuid} appears twice in the file</source>
        <translation>uuid {uuid} встречается в файле дважды</translation>
    </message>
    <message>
        <source>your Saved Messages</source>
        <translation>ваше «Избранное»</translation>
    </message>
    <message>
        <source>{field!r} is not a field (one of {fields})</source>
        <translation>{field!r} — не поле (возможные: {fields})</translation>
    </message>
    <message>
        <source>{file}: line {line}: {reason}</source>
        <translation>{file}: строка {line}: {reason}</translation>
    </message>
    <message>
        <source>{file}: missing columns: {value1}</source>
        <translation>{file}: не хватает столбцов: {value1}</translation>
    </message>
    <message>
        <source>{file}: no client called {name!r}. Add the client first, or let the import create it (--new-clients, or confirm in the window).</source>
        <translation>{file}: нет клиента {name!r}. Сначала добавьте клиента или разрешите импорту создать его (--new-clients или подтверждение в окне).</translation>
    </message>
    <message>
        <source>{file}: rejected</source>
        <translation>{file}: отклонён</translation>
    </message>
    <message>
        <source>{file}: say which address is yours (--me you@example.com, or your name as your letters show it), so the other party of each letter becomes the client</source>
        <translation>{file}: укажите, какой адрес ваш (--me you@example.com или ваше имя, как его показывают ваши письма), чтобы клиентом стала другая сторона каждого письма</translation>
    </message>
    <message>
        <source>{file}: {kind}: would add {added}, update {updated}; {skipped} already present</source>
        <translation>{file}: {kind}: было бы добавлено {added}, обновлено {updated}; {skipped} уже есть</translation>
    </message>
    <message>
        <source>{file}: {kind}: {added} added, {updated} updated, {skipped} already present</source>
        <translation>{file}: {kind}: добавлено {added}, обновлено {updated}, уже были {skipped}</translation>
    </message>
    <message>
        <source>{me!r} writes nothing in this chat; say which of its authors you are (--me): {authors}</source>
        <translation>{me!r} ничего не пишет в этом чате; укажите, кто из его авторов вы (--me): {authors}</translation>
    </message>
    <message>
        <source>{name} cannot be read as a spreadsheet ({exc})</source>
        <translation>{name} не удаётся прочитать как электронную таблицу ({exc})</translation>
    </message>
    <message>
        <source>{name} has no sheet {sheet!r} (its sheets: {sheets})</source>
        <translation>в {name} нет листа {sheet!r} (его листы: {sheets})</translation>
    </message>
    <message>
        <source>{name} has no sheets</source>
        <translation>в {name} нет ни одного листа</translation>
    </message>
    <message>
        <source>{name} is a damaged zip file ({exc})</source>
        <translation>{name} — повреждённый zip-файл ({exc})</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} пуст</translation>
    </message>
    <message>
        <source>{name} is neither UTF-8 nor Windows-1251 text</source>
        <translation>{name} — текст не в UTF-8 и не в Windows-1251</translation>
    </message>
    <message>
        <source>{name} is not a text file (it contains binary data)</source>
        <translation>{name} — не текстовый файл (содержит двоичные данные)</translation>
    </message>
    <message>
        <source>{name} starts as UTF-16 text but is not</source>
        <translation>{name} начинается как текст UTF-16, но им не является</translation>
    </message>
    <message>
        <source>{name}: a zip of a WhatsApp chat holds one _chat.txt; this one holds {count} text files</source>
        <translation>{name}: zip чата WhatsApp содержит один _chat.txt; в этом текстовых файлов: {count}</translation>
    </message>
    <message>
        <source>{name}: the chat inside is encrypted</source>
        <translation>{name}: чат внутри зашифрован</translation>
    </message>
    <message>
        <source>{name}: the chat inside unpacks to more than a chat export holds (a damaged or hostile zip)</source>
        <translation>{name}: чат внутри распаковывается в больше, чем бывает в экспорте чата (повреждённый или враждебный zip)</translation>
    </message>
    <message>
        <source>{name}: {handle!r} not kept (no channel for it: add one in Settings)</source>
        <translation>{name}: {handle!r} не сохранён (для него нет канала: добавьте его в Настройках)</translation>
    </message>
    <message>
        <source>{name}: {value1} {handle!r} kept as typed ({exc})</source>
        <translation>{name}: {value1} {handle!r} сохранён как введён ({exc})</translation>
    </message>
    <message>
        <source>{name}: {value1} {handle!r} skipped ({exc})</source>
        <translation>{name}: {value1} {handle!r} пропущен ({exc})</translation>
    </message>
    <message>
        <source>{part!r} is not COLUMN=FIELD</source>
        <translation>{part!r} не имеет вида СТОЛБЕЦ=ПОЛЕ</translation>
    </message>
    <message numerus="yes">
        <source>{path}: %n row(s) cannot be read; nothing was imported</source>
        <translation>
            <numerusform>{path}: не удалось прочитать %n строку; ничего не импортировано</numerusform>
            <numerusform>{path}: не удалось прочитать %n строки; ничего не импортировано</numerusform>
            <numerusform>{path}: не удалось прочитать %n строк; ничего не импортировано</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: no column holds a name, company, e-mail or phone ({mapping})</source>
        <translation>{path}: ни один столбец не содержит имени, компании, e-mail или телефона ({mapping})</translation>
    </message>
    <message>
        <source>{path}: no contact in the file has a name, an address or a number</source>
        <translation>{path}: в файле нет ни одного контакта с именем, адресом или номером</translation>
    </message>
    <message>
        <source>{path}: no contacts in the file</source>
        <translation>{path}: в файле нет контактов</translation>
    </message>
    <message>
        <source>{path}: not a file contacttracker can import (its own CSV exports, a table of contacts with a header, .xlsx or .ods, vCard, Google or Outlook contacts, WhatsApp or Telegram chats, .eml or mbox)</source>
        <translation>{path}: contacttracker не может импортировать этот файл (можно: его собственные экспорты CSV, таблицу контактов с заголовком, .xlsx или .ods, vCard, контакты Google или Outlook, чаты WhatsApp или Telegram, .eml или mbox)</translation>
    </message>
    <message>
        <source>{path}: not a vCard, Google or Outlook contacts file</source>
        <translation>{path}: это не файл контактов vCard, Google или Outlook</translation>
    </message>
    <message>
        <source>{path}: the file has a header but no rows</source>
        <translation>{path}: в файле есть заголовок, но нет строк</translation>
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
        <translation>{subject}: {length} символов, сохранены первые {most}</translation>
    </message>
    <message>
        <source>{uuid} links to {target}, which is nowhere</source>
        <translation>{uuid} ссылается на {target}, которого нигде нет</translation>
    </message>
    <message>
        <source>{value!r} is neither yes nor no</source>
        <translation>{value!r} — ни «да», ни «нет»</translation>
    </message>
    <message>
        <source>{value!r} is not a language (uk, ru or en)</source>
        <translation>{value!r} — не язык (uk, ru или en)</translation>
    </message>
    <message>
        <source>{value!r} is not a number of hours</source>
        <translation>{value!r} — не число часов</translation>
    </message>
    <message>
        <source>{value!r} is not a whole number of days</source>
        <translation>{value!r} — не целое число дней</translation>
    </message>
    <message>
        <source>{what} must be 0 or 1, not {text!r}</source>
        <translation>{what} должно быть 0 или 1, а не {text!r}</translation>
    </message>
    <message>
        <source>{what} {text!r} is not a UUID</source>
        <translation>{what} {text!r} — не UUID</translation>
    </message>
    <message>
        <source>{what} {text!r} is not a date and time (ISO 8601)</source>
        <translation>{what} {text!r} — не дата и время (ISO 8601)</translation>
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
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>As it appears in WhatsApp or Telegram</source>
        <translation>Как в WhatsApp или Telegram</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>Этот файл не удаётся импортировать</translation>
    </message>
    <message>
        <source>Create clients for chats with people not yet here</source>
        <translation>Создать клиентов для чатов с людьми, которых ещё нет</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Nothing is written until you press Import. Each file is imported whole or not at all.</source>
        <translation>Ничего не записывается, пока вы не нажмёте «Импортировать». Каждый файл импортируется целиком или никак.</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>Предпросмотр %1</translation>
    </message>
    <message>
        <source>Your &amp;name in chats:</source>
        <translation>Ваше имя в &amp;чатах:</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message numerus="yes">
        <source>%1, %n message(s)</source>
        <translation>
            <numerusform>%1, %n сообщение</numerusform>
            <numerusform>%1, %n сообщения</numerusform>
            <numerusform>%1, %n сообщений</numerusform>
        </translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Not a file contacttracker can import.</source>
        <translation>contacttracker не умеет импортировать такой файл.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Type your name as it appears in the chat.</source>
        <translation>Введите своё имя так, как оно выглядит в чате.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>Будет</translation>
    </message>
    <message>
        <source>already present</source>
        <translation>уже есть</translation>
    </message>
    <message>
        <source>contacts (%1), %2</source>
        <translation>контакты (%1), %2</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <source>one with a card above</source>
        <translation>та же, что карточка выше</translation>
    </message>
    <message>
        <source>update</source>
        <translation>обновить</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <source>a channel score is 0 to 10</source>
        <translation>оценка канала — от 0 до 10</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>%1 (%2 h)</source>
        <translation>%1 (%2 ч)</translation>
    </message>
    <message>
        <source>%1 of %2 e-mails confirmed (%3); half within %4 h.</source>
        <translation>Подтверждено %1 из %2 писем (%3); половина — в течение %4 ч.</translation>
    </message>
    <message>
        <source>%1 of our %2 outgoing contacts (%3) used one of the client's two preferred channels.</source>
        <translation>%1 из наших %2 исходящих контактов (%3) прошли по одному из двух предпочтительных каналов клиента.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) talked to in this period.</source>
        <translation>
            <numerusform>За этот период мы говорили с %n клиентом.</numerusform>
            <numerusform>За этот период мы говорили с %n клиентами.</numerusform>
            <numerusform>За этот период мы говорили с %n клиентами.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import history…</source>
        <translation>&amp;Импортировать историю…</translation>
    </message>
    <message>
        <source>&amp;Log a conversation…</source>
        <translation>&amp;Записать разговор…</translation>
    </message>
    <message>
        <source>&amp;Save my scores</source>
        <translation>&amp;Сохранить мои оценки</translation>
    </message>
    <message>
        <source>90% within, h</source>
        <translation>90% в течение, ч</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Ответили</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Channel fit</source>
        <translation>Соответствие каналам</translation>
    </message>
    <message>
        <source>Choose a longer period, or all time.</source>
        <translation>Выберите более длинный период или всё время.</translation>
    </message>
    <message>
        <source>Client reached elsewhere</source>
        <translation>Клиент, с которым связывались иначе</translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation>Подтверждения</translation>
    </message>
    <message>
        <source>Conversations per month</source>
        <translation>Разговоров в месяц</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Свой…</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>E-mail confirmations</source>
        <translation>Подтверждения писем</translation>
    </message>
    <message>
        <source>Earlier period</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Иначе</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>How fast we answer</source>
        <translation>Как быстро мы отвечаем</translation>
    </message>
    <message>
        <source>In and out</source>
        <translation>Входящие и исходящие</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <source>Median, h</source>
        <translation>Медиана, ч</translation>
    </message>
    <message>
        <source>No conversations in this period yet.</source>
        <translation>За этот период разговоров пока нет.</translation>
    </message>
    <message>
        <source>No conversations in this period.</source>
        <translation>За этот период разговоров нет.</translation>
    </message>
    <message>
        <source>No conversations to measure yet.</source>
        <translation>Пока нет разговоров для анализа.</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Вовремя</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Score of %1</source>
        <translation>Оценка: %1</translation>
    </message>
    <message>
        <source>Share of clients by channel</source>
        <translation>Доля клиентов по каналам</translation>
    </message>
    <message>
        <source>Share of clients, %</source>
        <translation>Доля клиентов, %</translation>
    </message>
    <message>
        <source>Show &amp;all time</source>
        <translation>Показать за &amp;всё время</translation>
    </message>
    <message>
        <source>Slowest answers: %1</source>
        <translation>Самые медленные ответы: %1</translation>
    </message>
    <message>
        <source>Suggested by the data</source>
        <translation>Подсказка из данных</translation>
    </message>
    <message>
        <source>The channel wheel</source>
        <translation>Колесо каналов</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Too little data for a suggested score on %1: a channel needs %2 conversations in the period.</source>
        <translation>Слишком мало данных, чтобы предложить оценку для: %1. Каналу нужно %2 разговоров за период.</translation>
    </message>
    <message>
        <source>Which channels your clients use and how fast you answer on each show here once conversations are logged or imported.</source>
        <translation>Здесь появится, какими каналами пользуются ваши клиенты и как быстро вы отвечаете в каждом, как только разговоры будут записаны или импортированы.</translation>
    </message>
    <message>
        <source>Your score</source>
        <translation>Ваша оценка</translation>
    </message>
</context>
<context>
    <name>Link</name>
    <message>
        <source>answered by %2, %1</source>
        <translation>ответили через %2, %1</translation>
    </message>
    <message>
        <source>answers %2 of %1</source>
        <translation>ответ на %2 от %1</translation>
    </message>
    <message>
        <source>confirmed by %2, %1</source>
        <translation>подтверждено через %2, %1</translation>
    </message>
    <message>
        <source>confirms the e-mail of %1</source>
        <translation>подтверждает письмо от %1</translation>
    </message>
    <message>
        <source>summarises the talk of %1</source>
        <translation>подытоживает разговор от %1</translation>
    </message>
    <message>
        <source>written up by e-mail, %1</source>
        <translation>подытожено письмом, %1</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>&amp;Agreements:</source>
        <translation>&amp;Договорённости:</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Клиент:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>Длит&amp;ельность:</translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation>&amp;Напомнить</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Проект:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;Urgent</source>
        <translation>&amp;Срочно</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>Ко&amp;гда:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>К&amp;анал:</translation>
    </message>
    <message>
        <source>Choose a client from the list (type part of the name).</source>
        <translation>Выберите клиента из списка (введите часть имени).</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Discard this conversation?</source>
        <translation>Отменить этот разговор?</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Edit conversation</source>
        <translation>Редактирование разговора</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Дата напоминания</translation>
    </message>
    <message>
        <source>Incoming: they contacted us</source>
        <translation>Входящий: они обратились к нам</translation>
    </message>
    <message>
        <source>Is the date right?</source>
        <translation>Дата верна?</translation>
    </message>
    <message>
        <source>Log a conversation</source>
        <translation>Запись разговора</translation>
    </message>
    <message>
        <source>One agreement per line</source>
        <translation>Одна договорённость на строку</translation>
    </message>
    <message>
        <source>Outgoing: we contacted them</source>
        <translation>Исходящий: мы обратились к ним</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>&amp;Итог:</translation>
    </message>
    <message>
        <source>This conversation is dated %1, %2. Save it with that date?</source>
        <translation>Разговор датирован %1, %2. Сохранить с этой датой?</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>О чём говорили</translation>
    </message>
    <message>
        <source>What you typed has not been saved. Close and lose it?</source>
        <translation>Введённое не сохранено. Закрыть и потерять?</translation>
    </message>
    <message>
        <source>Which client?</source>
        <translation>Какой клиент?</translation>
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
        <translation>ждёт подтверждения</translation>
    </message>
    <message>
        <source>awaits our reply</source>
        <translation>ждёт нашего ответа</translation>
    </message>
    <message>
        <source>follow up %1</source>
        <translation>напомнить %1</translation>
    </message>
    <message>
        <source>needs a summary e-mail</source>
        <translation>нужно итоговое письмо</translation>
    </message>
</context>
<context>
    <name>MailAccountsPage</name>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>, sends</source>
        <translation>, отправляет</translation>
    </message>
    <message>
        <source>E-mail accounts</source>
        <translation>Почтовые ящики</translation>
    </message>
    <message>
        <source>E-mails from and to your clients' addresses come into the log by themselves; nothing else is stored. F5 syncs now. The summary e-mail can be sent from the app once an account has an SMTP server.</source>
        <translation>Письма с адресов ваших клиентов и на них сами попадают в журнал; ничего другого не сохраняется. F5 синхронизирует сейчас. Итоговое письмо можно отправить из программы, как только у ящика есть сервер SMTP.</translation>
    </message>
    <message>
        <source>Forget %1 and its password on this computer? What it brought into the log stays.</source>
        <translation>Забыть %1 и его пароль на этом компьютере? То, что он принёс в журнал, останется.</translation>
    </message>
    <message>
        <source>Remove the account?</source>
        <translation>Удалить ящик?</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>Синхронизировать &amp;каждые:</translation>
    </message>
</context>
<context>
    <name>MailSending</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Сертификат не доверенный</translation>
    </message>
    <message>
        <source>Discard this e-mail?</source>
        <translation>Отменить это письмо?</translation>
    </message>
    <message>
        <source>Not delivered to %1: %2</source>
        <translation>Не доставлено на %1: %2</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Не отправлено</translation>
    </message>
    <message>
        <source>Password for %1 at %2:</source>
        <translation>Пароль для %1 на %2:</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <source>Sending the e-mail…</source>
        <translation>Письмо отправляется…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправляется…</translation>
    </message>
    <message>
        <source>Sent and recorded, but no copy could be kept in Sent: %1</source>
        <translation>Отправлено и записано, но копию не удалось сохранить в «Отправленных»: %1</translation>
    </message>
    <message>
        <source>Sent, not recorded</source>
        <translation>Отправлено, но не записано</translation>
    </message>
    <message>
        <source>The server refused the password for %1 at %2. Type it again:</source>
        <translation>Сервер не принял пароль для %1 на %2. Введите его ещё раз:</translation>
    </message>
    <message>
        <source>Trust it and send</source>
        <translation>Доверять и отправить</translation>
    </message>
    <message>
        <source>Trust this certificate only if you know it is your mail server's.</source>
        <translation>Доверяйте этому сертификату, только если знаете, что это сертификат вашего почтового сервера.</translation>
    </message>
    <message>
        <source>Your changes to the e-mail are not saved anywhere. Close and lose them?</source>
        <translation>Ваши изменения в письме нигде не сохранены. Закрыть и потерять их?</translation>
    </message>
</context>
<context>
    <name>MailSync</name>
    <message numerus="yes">
        <source>%n new e-mail(s) with clients</source>
        <translation>
            <numerusform>%n новое письмо с клиентами</numerusform>
            <numerusform>%n новых письма с клиентами</numerusform>
            <numerusform>%n новых писем с клиентами</numerusform>
        </translation>
    </message>
    <message>
        <source>Mail account %1</source>
        <translation>Почтовая учётная запись %1</translation>
    </message>
    <message>
        <source>Mail not synced: %1</source>
        <translation>Почта не синхронизирована: %1</translation>
    </message>
    <message>
        <source>Mail server not reachable at %1; trying again later</source>
        <translation>Почтовый сервер недоступен в %1; попробуем позже</translation>
    </message>
    <message>
        <source>Mail sync</source>
        <translation>Синхронизация почты</translation>
    </message>
    <message>
        <source>Mail synced at %1: %2</source>
        <translation>Почта синхронизирована в %1: %2</translation>
    </message>
    <message>
        <source>No mail account: add one in Settings → E-mail accounts.</source>
        <translation>Нет почтовой учётной записи: добавьте её в Настройки → Почтовые ящики.</translation>
    </message>
    <message>
        <source>Password for %1 at %2:</source>
        <translation>Пароль для %1 на %2:</translation>
    </message>
    <message>
        <source>Syncing mail…</source>
        <translation>Почта синхронизируется…</translation>
    </message>
    <message>
        <source>The mail server answers again.</source>
        <translation>Почтовый сервер снова отвечает.</translation>
    </message>
    <message>
        <source>The mail server cannot be reached (%1); trying again later.</source>
        <translation>Почтовый сервер недоступен (%1); попробуем позже.</translation>
    </message>
    <message>
        <source>The server refused the password for %1 at %2. Type it again:</source>
        <translation>Сервер не принял пароль для %1 на %2. Введите его ещё раз:</translation>
    </message>
    <message>
        <source>nothing new with clients</source>
        <translation>ничего нового с клиентами</translation>
    </message>
</context>
<context>
    <name>Mailbox</name>
    <message>
        <source>, {present} already in the log</source>
        <translation>, уже в журнале: {present}</translation>
    </message>
    <message>
        <source>a Date that cannot be right ({date}): the server's arrival time is used</source>
        <translation>дата, которой не может быть ({date}): взято время, когда письмо пришло на сервер</translation>
    </message>
    <message>
        <source>a letter of {size}: its text kept, attachments by name only</source>
        <translation>письмо размером {size}: сохранён текст, вложения только по названию</translation>
    </message>
    <message>
        <source>a mail account called {name!r} already exists</source>
        <translation>почтовая учётная запись {name!r} уже есть</translation>
    </message>
    <message>
        <source>an account needs a name of up to 100 characters on one line</source>
        <translation>учётной записи нужно имя до 100 символов в одну строку</translation>
    </message>
    <message>
        <source>an account needs an IMAP server</source>
        <translation>учётной записи нужен сервер IMAP</translation>
    </message>
    <message>
        <source>an account needs at least one address of yours (--address)</source>
        <translation>учётной записи нужен хотя бы один ваш адрес (--address)</translation>
    </message>
    <message>
        <source>an unknown charset ({charset}): read as {read_as}</source>
        <translation>неизвестная кодировка ({charset}): прочитано как {read_as}</translation>
    </message>
    <message>
        <source>damaged, kept as far as it could be read ({exc})</source>
        <translation>повреждено, сохранено то, что удалось прочитать ({exc})</translation>
    </message>
    <message>
        <source>headers cannot be read ({exc})</source>
        <translation>заголовки не читаются ({exc})</translation>
    </message>
    <message>
        <source>no Date: the server's arrival time is used</source>
        <translation>без даты: взято время, когда письмо пришло на сервер</translation>
    </message>
    <message>
        <source>no mail account called {name!r}</source>
        <translation>нет почтовой учётной записи {name!r}</translation>
    </message>
    <message>
        <source>no mail account yet: add one with 'contacttracker mail add'</source>
        <translation>почтовых учётных записей ещё нет: добавьте командой 'contacttracker mail add'</translation>
    </message>
    <message>
        <source>security must be tls, starttls or none, not {value!r}</source>
        <translation>защита должна быть tls, starttls или none, а не {value!r}</translation>
    </message>
    <message>
        <source>the account {name!r} has no SMTP server to send with</source>
        <translation>у учётной записи {name!r} нет сервера SMTP, чтобы отправлять</translation>
    </message>
    <message>
        <source>the folder {folder} changed mid-way</source>
        <translation>папка {folder} изменилась во время чтения</translation>
    </message>
    <message>
        <source>the mailbox could not be read: {reason}</source>
        <translation>почтовый ящик не удалось прочитать: {reason}</translation>
    </message>
    <message>
        <source>the period to sync must be 1 to 36500 days, not {value}</source>
        <translation>период синхронизации должен быть от 1 до 36500 дней, а не {value}</translation>
    </message>
    <message>
        <source>the reading of the mailbox stopped mid-way</source>
        <translation>чтение почтового ящика остановилось на полпути</translation>
    </message>
    <message>
        <source>there are {count} mail accounts: name one</source>
        <translation>почтовых учётных записей {count}: назовите одну</translation>
    </message>
    <message>
        <source>{folder} UID {uid}: {what}</source>
        <translation>{folder} UID {uid}: {what}</translation>
    </message>
    <message>
        <source>{host}: an unencrypted connection is allowed to this computer only (localhost); use tls or starttls</source>
        <translation>{host}: незашифрованное соединение разрешено только с этим компьютером (localhost); используйте tls или starttls</translation>
    </message>
    <message>
        <source>{host}: no such server (host not found)</source>
        <translation>{host}: такого сервера нет (узел не найден)</translation>
    </message>
    <message>
        <source>{server}: cannot be reached ({reason})</source>
        <translation>{server}: недоступен ({reason})</translation>
    </message>
    <message>
        <source>{server}: the certificate is not trusted ({reason}); its SHA-256 fingerprint is {fingerprint}</source>
        <translation>{server}: сертификат не доверенный ({reason}); его отпечаток SHA-256: {fingerprint}</translation>
    </message>
    <message>
        <source>{server}: the connection was lost</source>
        <translation>{server}: соединение прервалось</translation>
    </message>
    <message>
        <source>{server}: the connection was refused (is the port right?)</source>
        <translation>{server}: в соединении отказано (верен ли порт?)</translation>
    </message>
    <message>
        <source>{server}: the login was refused for {user} (wrong user name or password)</source>
        <translation>{server}: вход для {user} отклонён (неверное имя пользователя или пароль)</translation>
    </message>
    <message>
        <source>{server}: the secure connection failed ({reason})</source>
        <translation>{server}: защищённое соединение не удалось ({reason})</translation>
    </message>
    <message>
        <source>{server}: the server did not answer in time</source>
        <translation>{server}: сервер не ответил вовремя</translation>
    </message>
    <message>
        <source>{server}: the server does not offer STARTTLS; use tls</source>
        <translation>{server}: сервер не предлагает STARTTLS; выберите tls</translation>
    </message>
    <message>
        <source>{server}: the server failed mid-way: {reason}</source>
        <translation>{server}: сервер сбился посреди синхронизации: {reason}</translation>
    </message>
    <message>
        <source>{server}: the server refused the recipient {address}: {reason}</source>
        <translation>{server}: сервер отклонил получателя {address}: {reason}</translation>
    </message>
    <message>
        <source>{server}: the server refused to send from {address}: {reason}</source>
        <translation>{server}: сервер отказался отправлять от {address}: {reason}</translation>
    </message>
    <message>
        <source>{server}: the server refused: {reason}</source>
        <translation>{server}: сервер отказал: {reason}</translation>
    </message>
    <message>
        <source>{server}: there is no folder {folder!r}</source>
        <translation>{server}: нет папки {folder!r}</translation>
    </message>
    <message>
        <source>{stored} e-mails with clients, {others} others not stored</source>
        <translation>писем с клиентами: {stored}; других, не сохранённых: {others}</translation>
    </message>
    <message>
        <source>{value!r} is not a SHA-256 fingerprint (64 hexadecimal digits)</source>
        <translation>{value!r} не является отпечатком SHA-256 (64 шестнадцатеричные цифры)</translation>
    </message>
    <message>
        <source>{value!r} is not a port number</source>
        <translation>{value!r} не является номером порта</translation>
    </message>
    <message>
        <source>{value!r} is not a server name</source>
        <translation>{value!r} не является именем сервера</translation>
    </message>
    <message>
        <source>{value!r} is not an e-mail address</source>
        <translation>{value!r} не является адресом электронной почты</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 (sample data)</source>
        <translation>%1 (база-пример)</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n пункт требует внимания</numerusform>
            <numerusform>%n пункта требуют внимания</numerusform>
            <numerusform>%n пунктов требуют внимания</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;About contacttracker</source>
        <translation>&amp;О contacttracker</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Резервная копия сейчас…</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Клиенты</translation>
    </message>
    <message>
        <source>&amp;Clients…</source>
        <translation>&amp;Клиенты…</translation>
    </message>
    <message>
        <source>&amp;Data location</source>
        <translation>&amp;Где хранятся данные</translation>
    </message>
    <message>
        <source>&amp;Delete client for good…</source>
        <translation>&amp;Удалить клиента навсегда…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Edit client…</source>
        <translation>&amp;Редактировать клиента…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>&amp;Insights</source>
        <translation>&amp;Аналитика</translation>
    </message>
    <message>
        <source>&amp;Log conversation…</source>
        <translation>&amp;Записать разговор…</translation>
    </message>
    <message>
        <source>&amp;Needs attention</source>
        <translation>&amp;Требует внимания</translation>
    </message>
    <message>
        <source>&amp;Needs attention…</source>
        <translation>&amp;Требует внимания…</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>Новый &amp;клиент…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Новая база…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу…</translation>
    </message>
    <message>
        <source>&amp;Pause reminders</source>
        <translation>&amp;Приостановить напоминания</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Вы&amp;йти</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>&amp;Resume reminders</source>
        <translation>&amp;Возобновить напоминания</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Настро&amp;йки…</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Се&amp;годня</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Корзина…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Write summary e-mail…</source>
        <translation>&amp;Написать итоговое письмо…</translation>
    </message>
    <message>
        <source>About contacttracker</source>
        <translation>О contacttracker</translation>
    </message>
    <message>
        <source>Back to your &amp;database</source>
        <translation>Вернуться к сво&amp;ей базе</translation>
    </message>
    <message>
        <source>C&amp;onversations…</source>
        <translation>&amp;Разговоры…</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Clients as &amp;vCard…</source>
        <translation>Клиенты как &amp;vCard…</translation>
    </message>
    <message>
        <source>Clients for a &amp;spreadsheet (.xlsx, .csv)…</source>
        <translation>Клиенты для &amp;электронной таблицы (.xlsx, .csv)…</translation>
    </message>
    <message>
        <source>Connected to the database again.</source>
        <translation>Соединение с базой восстановлено.</translation>
    </message>
    <message>
        <source>Cop&amp;y into another database…</source>
        <translation>Ско&amp;пировать в другую базу…</translation>
    </message>
    <message>
        <source>Data location</source>
        <translation>Где хранятся данные</translation>
    </message>
    <message>
        <source>Database: %1 (schema %2)</source>
        <translation>База: %1 (схема %2)</translation>
    </message>
    <message>
        <source>Dia&amp;gnostics</source>
        <translation>Д&amp;иагностика</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <source>Everyone's conversations</source>
        <translation>Разговоры всех</translation>
    </message>
    <message>
        <source>Follow-ups as ca&amp;lendar (.ics)…</source>
        <translation>&amp;Напоминания как календарь (.ics)…</translation>
    </message>
    <message>
        <source>For 1 &amp;hour</source>
        <translation>На 1 &amp;час</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Аналитика</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Язык: %1</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <source>Only mine</source>
        <translation>Только мои</translation>
    </message>
    <message>
        <source>Only mine: the conversations recorded under your name in Settings</source>
        <translation>Только мои: разговоры, записанные под вашим именем из настроек</translation>
    </message>
    <message>
        <source>Open sa&amp;mple database</source>
        <translation>Открыть баз&amp;у-пример</translation>
    </message>
    <message>
        <source>Queues: %1</source>
        <translation>Очереди: %1</translation>
    </message>
    <message>
        <source>Reminders are on again.</source>
        <translation>Напоминания снова включены.</translation>
    </message>
    <message>
        <source>Reminders are paused until %1.</source>
        <translation>Напоминания приостановлены до %1.</translation>
    </message>
    <message>
        <source>S&amp;hared database…</source>
        <translation>О&amp;бщая база…</translation>
    </message>
    <message>
        <source>Sample data: nothing here is real. Back to your database</source>
        <translation>База-пример: здесь ничего настоящего. Вернуться к своей базе</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Show or hide the side&amp;bar</source>
        <translation>Показать или скрыть &amp;боковую панель</translation>
    </message>
    <message>
        <source>Sync &amp;mail now</source>
        <translation>&amp;Синхронизировать почту сейчас</translation>
    </message>
    <message>
        <source>The shared database cannot be reached. Saving waits until it can; the window looks again every two seconds.</source>
        <translation>Общая база недоступна. Сохранение подождёт, пока она появится; окно проверяет каждые две секунды.</translation>
    </message>
    <message>
        <source>This database: %1

Start with --db FILE or set CONTACTTRACKER_DB to use another one.</source>
        <translation>Эта база: %1

Чтобы открыть другую, запустите с --db ФАЙЛ или задайте CONTACTTRACKER_DB.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow</source>
        <translation>До &amp;завтра</translation>
    </message>
    <message>
        <source>Use the loc&amp;al database</source>
        <translation>Работать с &amp;локальной базой</translation>
    </message>
    <message>
        <source>Whose conversations to show</source>
        <translation>Чьи разговоры показывать</translation>
    </message>
    <message>
        <source>contacttracker %1

Every client's channels and every conversation: e-mails awaiting confirmation, agreements without a summary, replies we owe, follow-ups and clients we are losing touch with.</source>
        <translation>contacttracker %1

Каналы каждого клиента и каждый разговор: письма без подтверждения, договорённости без итога, ответы, которые мы должны, напоминания и клиенты, с которыми теряем связь.</translation>
    </message>
</context>
<context>
    <name>Nudge</name>
    <message>
        <source>a summary e-mail is recorded with Mark as sent, not as a nudge</source>
        <translation>итоговое письмо записывается кнопкой «Отметить отправленным», а не как напоминание</translation>
    </message>
    <message>
        <source>no conversation {reference}</source>
        <translation>нет разговора {reference}</translation>
    </message>
    <message>
        <source>no such client</source>
        <translation>нет такого клиента</translation>
    </message>
    <message>
        <source>no template {name} in {value1}</source>
        <translation>нет шаблона {name} в {value1}</translation>
    </message>
    <message>
        <source>this conversation is in no queue: nothing to ask about</source>
        <translation>этот разговор не стоит ни в одной очереди: не о чем спрашивать</translation>
    </message>
    <message>
        <source>{channel} has no link to open a chat with</source>
        <translation>у канала {channel} нет ссылки, чтобы открыть чат</translation>
    </message>
    <message>
        <source>{client} has no {channel} on file</source>
        <translation>у клиента {client} не записан {channel}</translation>
    </message>
    <message>
        <source>{reference} names more than one conversation</source>
        <translation>{reference} соответствует нескольким разговорам</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>All time</source>
        <translation>Всё время</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Last quarter (90 days)</source>
        <translation>Последний квартал (90 дней)</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Последний год</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <source>Agreements without a summary</source>
        <translation>Договорённости без итога</translation>
    </message>
    <message>
        <source>E-mails awaiting confirmation</source>
        <translation>Письма без подтверждения</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Пора напомнить</translation>
    </message>
    <message>
        <source>Losing touch</source>
        <translation>Теряем связь</translation>
    </message>
    <message>
        <source>Messages awaiting our reply</source>
        <translation>Сообщения ждут ответа</translation>
    </message>
</context>
<context>
    <name>QueueEmpty</name>
    <message>
        <source>Every e-mail has been confirmed.</source>
        <translation>Все письма подтверждены.</translation>
    </message>
    <message>
        <source>Every spoken agreement has its summary e-mail.</source>
        <translation>У каждой устной договорённости есть итоговое письмо.</translation>
    </message>
    <message>
        <source>No follow-ups due.</source>
        <translation>Напоминать пока некому.</translation>
    </message>
    <message>
        <source>No one is waiting for an answer.</source>
        <translation>Никто не ждёт ответа.</translation>
    </message>
    <message>
        <source>You are in touch with everyone.</source>
        <translation>Вы на связи со всеми.</translation>
    </message>
</context>
<context>
    <name>QueueHint</name>
    <message>
        <source>Clients with a keep-in-touch rhythm who have not heard from us for too long.</source>
        <translation>Клиенты с ритмом контактов, которые слишком долго нас не слышали.</translation>
    </message>
    <message>
        <source>E-mail has no read receipt: ask the client through another channel whether the letter arrived, then record the confirmation.</source>
        <translation>У эл. почты нет уведомления о прочтении: спросите клиента по другому каналу, дошло ли письмо, и запишите подтверждение.</translation>
    </message>
    <message>
        <source>Follow-up dates that have come.</source>
        <translation>Даты напоминаний, которые уже наступили.</translation>
    </message>
    <message>
        <source>Incoming messages with no answer from us yet, against each client's response time.</source>
        <translation>Входящие сообщения, на которые мы ещё не ответили, с учётом срока ответа каждого клиента.</translation>
    </message>
    <message>
        <source>What was agreed by voice, video or in person counts only once the client has approved it in writing: send the summary e-mail.</source>
        <translation>Договорённость голосом, по видео или лично действует, только когда клиент подтвердил её письменно: отправьте итоговое письмо.</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>&amp;Работать в системном трее, когда окно закрыто</translation>
    </message>
    <message>
        <source>Remind me on the &amp;desktop of items coming due</source>
        <translation>Напоминать на &amp;рабочем столе о делах, срок которых подходит</translation>
    </message>
    <message>
        <source>Reminders come only within your working hours (General page); what comes due outside them arrives as one summary when they begin.</source>
        <translation>Напоминания приходят только в рабочие часы (страница «Общее»); то, что наступит вне их, придёт одной сводкой, как только они начнутся.</translation>
    </message>
    <message>
        <source>Start at lo&amp;gin</source>
        <translation>Запускать при &amp;входе в систему</translation>
    </message>
    <message>
        <source>This desktop shows no tray icons: closing the window quits the app.</source>
        <translation>Этот рабочий стол не показывает значки в трее: закрытие окна завершает программу.</translation>
    </message>
    <message>
        <source>Warn &amp;before a reply is due:</source>
        <translation>Предупреждать об ответе &amp;заранее за:</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>%1 has not confirmed your e-mail</source>
        <translation>%1: письмо не подтверждено</translation>
    </message>
    <message>
        <source>%1 is waiting too long for a reply</source>
        <translation>%1: ответ просрочен</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) waiting for a reply</source>
        <translation>
            <numerusform>%n клиент ждёт ответа</numerusform>
            <numerusform>%n клиента ждут ответа</numerusform>
            <numerusform>%n клиентов ждут ответа</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need your attention</source>
        <translation>
            <numerusform>%n дело требует внимания</numerusform>
            <numerusform>%n дела требуют внимания</numerusform>
            <numerusform>%n дел требуют внимания</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow up with %1</source>
        <translation>%1: пора напомнить о себе</translation>
    </message>
    <message>
        <source>Losing touch with %1</source>
        <translation>%1: теряем связь</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Reply to %1 by %2</source>
        <translation>%1: ответить до %2</translation>
    </message>
    <message>
        <source>Snooze 1 h</source>
        <translation>Отложить на 1 ч</translation>
    </message>
    <message>
        <source>The follow-up with %1 is overdue</source>
        <translation>%1: напоминание просрочено</translation>
    </message>
    <message>
        <source>The summary e-mail to %1 is overdue</source>
        <translation>%1: итоговое письмо просрочено</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>e-mail not confirmed</source>
        <translation>письмо не подтверждено</translation>
    </message>
    <message>
        <source>follow-up due</source>
        <translation>пора напомнить</translation>
    </message>
    <message>
        <source>follow-up overdue</source>
        <translation>напоминание просрочено</translation>
    </message>
    <message>
        <source>losing touch</source>
        <translation>теряем связь</translation>
    </message>
    <message>
        <source>reply by %1</source>
        <translation>ответить до %1</translation>
    </message>
    <message>
        <source>reply overdue</source>
        <translation>ответ просрочен</translation>
    </message>
    <message>
        <source>summary e-mail overdue</source>
        <translation>итоговое письмо просрочено</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message numerus="yes">
        <source>%n conversation(s) found</source>
        <translation>
            <numerusform>Найден %n разговор</numerusform>
            <numerusform>Найдено %n разговора</numerusform>
            <numerusform>Найдено %n разговоров</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import history…</source>
        <translation>&amp;Импортировать историю…</translation>
    </message>
    <message>
        <source>&amp;Log a conversation…</source>
        <translation>&amp;Записать разговор…</translation>
    </message>
    <message>
        <source>C&amp;lear the search</source>
        <translation>О&amp;чистить поиск</translation>
    </message>
    <message>
        <source>Conversations you log or import are found here by any word.</source>
        <translation>Здесь можно найти по любому слову разговоры, которые вы запишете или импортируете.</translation>
    </message>
    <message>
        <source>Every word must occur. Try fewer words, or look for the name among the clients.</source>
        <translation>Должны встретиться все слова. Попробуйте меньше слов или поищите это имя среди клиентов.</translation>
    </message>
    <message>
        <source>Find among &amp;clients</source>
        <translation>Найти среди &amp;клиентов</translation>
    </message>
    <message>
        <source>No conversation mentions “%1”.</source>
        <translation>Ни один разговор не упоминает «%1».</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message>
        <source>Nothing to search yet.</source>
        <translation>Искать пока нечего.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Search subjects, summaries and agreements</source>
        <translation>Поиск в темах, итогах и договорённостях</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Текст для поиска</translation>
    </message>
    <message>
        <source>Type a word: every word must occur, in any form it starts.</source>
        <translation>Введите слово: найдутся разговоры со всеми словами, в любой форме с таким началом.</translation>
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
        <translation>Защита %1</translation>
    </message>
    <message>
        <source>%1 server</source>
        <translation>Сервер %1</translation>
    </message>
    <message>
        <source>None (this computer only)</source>
        <translation>Нет (только этот компьютер)</translation>
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
        <translation>Итог устной &amp;договорённости — в течение:</translation>
    </message>
    <message>
        <source>An unconfirmed e-mail is &amp;overdue after:</source>
        <translation>Письмо без подтверждения &amp;просрочено через:</translation>
    </message>
    <message>
        <source>Default time to &amp;answer a client:</source>
        <translation>Обычный &amp;срок ответа клиенту:</translation>
    </message>
    <message>
        <source>Escalate an &amp;urgent matter after:</source>
        <translation>Срочный вопрос &amp;эскалировать через:</translation>
    </message>
    <message>
        <source>From the system (%1)</source>
        <translation>Из системы (%1)</translation>
    </message>
    <message>
        <source>Home country</source>
        <translation>Ваша страна</translation>
    </message>
    <message>
        <source>a channel {key!r} already exists</source>
        <translation>канал {key!r} уже есть</translation>
    </message>
    <message>
        <source>{address!r} is not an e-mail address</source>
        <translation>{address!r} — не адрес электронной почты</translation>
    </message>
    <message>
        <source>{code!r} is not a country code (UA, PL, DE…); '' follows the system</source>
        <translation>{code!r} — не код страны (UA, PL, DE…); '' — как в системе</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (используется)</translation>
    </message>
    <message>
        <source>%1 (not in use: the local file is)</source>
        <translation>%1 (не используется: работает локальный файл)</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Оформление:</translation>
    </message>
    <message>
        <source>&amp;Home country:</source>
        <translation>Ваша с&amp;трана:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>&amp;Напоминания</translation>
    </message>
    <message>
        <source>&amp;Your name in the log:</source>
        <translation>&amp;Ваше имя в журнале:</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>CSV &amp;delimiter:</source>
        <translation>&amp;Разделитель CSV:</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Запятая (,)</translation>
    </message>
    <message>
        <source>Con&amp;nect…</source>
        <translation>&amp;Настроить…</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмное</translation>
    </message>
    <message>
        <source>Data lives in:</source>
        <translation>Данные хранятся в:</translation>
    </message>
    <message>
        <source>E-&amp;mail accounts</source>
        <translation>Почтовые &amp;ящики</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общее</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлое</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Semicolon (;) — Excel in Ukrainian and Russian</source>
        <translation>Точка с запятой (;) — Excel на украинском и русском</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Shared database:</source>
        <translation>Общая база:</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>Working rules</source>
        <translation>Правила работы</translation>
    </message>
    <message>
        <source>none set up (this computer's file only)</source>
        <translation>не настроена (только файл этого компьютера)</translation>
    </message>
</context>
<context>
    <name>SharedDatabaseDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>Подкл&amp;ючиться</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Remember the password (in the system keyring)</source>
        <translation>&amp;Запомнить пароль (в системном хранилище паролей)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation>Общая база</translation>
    </message>
    <message>
        <source>The team's PostgreSQL database: everyone's clients and conversations in one place. Whoever runs the server gives you these details.</source>
        <translation>База PostgreSQL команды: клиенты и разговоры всех в одном месте. Эти данные даёт тот, кто обслуживает сервер.</translation>
    </message>
</context>
<context>
    <name>SheetMapping</name>
    <message numerus="yes">
        <source>%1, %n row(s)</source>
        <translation>
            <numerusform>%1, %n строка</numerusform>
            <numerusform>%1, %n строки</numerusform>
            <numerusform>%1, %n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here (given what they lack)</source>
        <translation>
            <numerusform>%n уже есть (получит то, чего не хватает)</numerusform>
            <numerusform>%n уже есть (получат то, чего не хватает)</numerusform>
            <numerusform>%n уже есть (получат то, чего не хватает)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new client(s)</source>
        <translation>
            <numerusform>%n новый клиент</numerusform>
            <numerusform>%n новых клиента</numerusform>
            <numerusform>%n новых клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>Этот файл не удаётся импортировать</translation>
    </message>
    <message>
        <source>Choose what each column holds. The guess comes from the header and the values; a choice you change is remembered for files with the same header.</source>
        <translation>Выберите, что содержит каждый столбец. Догадка берётся из заголовка и значений; изменённый выбор запоминается для файлов с таким же заголовком.</translation>
    </message>
    <message>
        <source>Columns of %1</source>
        <translation>Столбцы %1</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Содержит</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>The first %1 rows are checked here; the import checks the other %2 and refuses the file if one cannot be read.</source>
        <translation>Здесь проверены первые %1 строк; остальные (%2) проверит импорт и откажется от файла, если какую-то строку не удастся прочитать.</translation>
    </message>
    <message>
        <source>What column %1 holds</source>
        <translation>Что содержит столбец %1</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more row(s)</source>
        <translation>
            <numerusform>…и ещё %n строка</numerusform>
            <numerusform>…и ещё %n строки</numerusform>
            <numerusform>…и ещё %n строк</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Snooze</name>
    <message>
        <source>For 2 hours</source>
        <translation>На 2 часа</translation>
    </message>
    <message>
        <source>Next week, %1</source>
        <translation>На следующей неделе, %1</translation>
    </message>
    <message>
        <source>Tomorrow morning, %1</source>
        <translation>Завтра утром, %1</translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation>До даты…</translation>
    </message>
    <message>
        <source>no such client</source>
        <translation>нет такого клиента</translation>
    </message>
    <message>
        <source>no such conversation</source>
        <translation>нет такого разговора</translation>
    </message>
    <message>
        <source>{until} has passed: snooze until a later time</source>
        <translation>{until} уже прошло: отложите на более позднее время</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Snooze until</source>
        <translation>Отложить до</translation>
    </message>
    <message>
        <source>The item leaves the queues until:</source>
        <translation>Пункт пропадёт из очередей до:</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Ask by %1</source>
        <translation>Спросить через %1</translation>
    </message>
    <message>
        <source>Ask whether it arrived</source>
        <translation>Спросить, дошло ли</translation>
    </message>
    <message>
        <source>Follow up by %1</source>
        <translation>Напомнить через %1</translation>
    </message>
    <message>
        <source>Get in touch</source>
        <translation>Связаться</translation>
    </message>
    <message>
        <source>Get in touch by %1</source>
        <translation>Связаться через %1</translation>
    </message>
    <message>
        <source>Reply by %1</source>
        <translation>Ответить через %1</translation>
    </message>
    <message>
        <source>Urgent: call</source>
        <translation>Срочно: позвонить</translation>
    </message>
    <message>
        <source>Urgent: duplicate by %1</source>
        <translation>Срочно: продублировать через %1</translation>
    </message>
    <message>
        <source>Write the summary e-mail</source>
        <translation>Написать итоговое письмо</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>a summary template starts with a 'Subject: ...' line</source>
        <translation>шаблон итога начинается строкой 'Subject: ...'</translation>
    </message>
    <message>
        <source>no conversation {conversation_id}</source>
        <translation>нет разговора {conversation_id}</translation>
    </message>
    <message>
        <source>no conversation {reference}</source>
        <translation>нет разговора {reference}</translation>
    </message>
    <message>
        <source>no template {name} in {value1}</source>
        <translation>нет шаблона {name} в {value1}</translation>
    </message>
    <message>
        <source>not an e-mail address: {bad}</source>
        <translation>не адрес e-mail: {bad}</translation>
    </message>
    <message>
        <source>only a phone call, video call or meeting is written up as a summary e-mail</source>
        <translation>итоговым письмом оформляют только звонок, видеозвонок или встречу</translation>
    </message>
    <message>
        <source>the e-mail is to nobody: the client has no address</source>
        <translation>письмо никому: у клиента нет адреса</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>Доба&amp;вить</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>Ко&amp;пия:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Mark as sent</source>
        <translation>От&amp;метить отправленным</translation>
    </message>
    <message>
        <source>&amp;Next steps:</source>
        <translation>&amp;Следующие шаги:</translation>
    </message>
    <message>
        <source>&amp;Open in mail program</source>
        <translation>&amp;Открыть в почтовой программе</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
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
        <translation>(откройте его почтовой программой)</translation>
    </message>
    <message>
        <source>A summary e-mail of this conversation was already recorded on %1. Write another one?</source>
        <translation>Итоговое письмо этого разговора уже записано %1. Написать ещё одно?</translation>
    </message>
    <message>
        <source>A&amp;greements:</source>
        <translation>&amp;Договорённости:</translation>
    </message>
    <message>
        <source>Agreements, one per line</source>
        <translation>Договорённости, по одной на строку</translation>
    </message>
    <message>
        <source>As it will be sent:</source>
        <translation>Так оно будет отправлено:</translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation>Копия: %1</translation>
    </message>
    <message>
        <source>Check the addresses</source>
        <translation>Проверьте адреса</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Скопи&amp;ровать</translation>
    </message>
    <message>
        <source>Draft saved: %1</source>
        <translation>Черновик сохранён: %1</translation>
    </message>
    <message>
        <source>E-mail drafts (*.eml)</source>
        <translation>Черновики писем (*.eml)</translation>
    </message>
    <message>
        <source>Next steps with dates, one per line</source>
        <translation>Следующие шаги с датами, по одному на строку</translation>
    </message>
    <message>
        <source>No mail program</source>
        <translation>Нет почтовой программы</translation>
    </message>
    <message>
        <source>Not an e-mail address: %1</source>
        <translation>Не адрес эл. почты: %1</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Не записано</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Nothing on this computer opens mailto: links. Use Copy or Save draft.</source>
        <translation>На этом компьютере ничто не открывает ссылки mailto:. Воспользуйтесь «Скопировать» или «Сохранить черновик».</translation>
    </message>
    <message>
        <source>Opened in your mail program. Send it, then Mark as sent.</source>
        <translation>Открыто в почтовой программе. Отправьте письмо, затем отметьте его отправленным.</translation>
    </message>
    <message>
        <source>Other addresses: %1</source>
        <translation>Другие адреса: %1</translation>
    </message>
    <message>
        <source>Preview of the e-mail</source>
        <translation>Предпросмотр письма</translation>
    </message>
    <message>
        <source>Record the e-mail as sent: the call counts as written up (Ctrl+Enter)</source>
        <translation>Записать письмо как отправленное: разговор будет подытожен (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>S&amp;end</source>
        <translation>Отпр&amp;авить</translation>
    </message>
    <message>
        <source>Save &amp;draft…</source>
        <translation>Сохранить &amp;черновик…</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Сохранение черновика</translation>
    </message>
    <message>
        <source>Send it from %1; a copy goes to Sent and it is recorded</source>
        <translation>Отправить от %1; копия попадёт в «Отправленные», а письмо будет записано</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message>
        <source>Summary e-mail</source>
        <translation>Итоговое письмо</translation>
    </message>
    <message>
        <source>Summary e-mail to %1</source>
        <translation>Итоговое письмо: %1</translation>
    </message>
    <message>
        <source>The e-mail is too long for a mail link, so it was saved as a draft: %1</source>
        <translation>Письмо слишком длинное для почтовой ссылки, поэтому оно сохранено как черновик: %1</translation>
    </message>
    <message>
        <source>The text is on the clipboard.</source>
        <translation>Текст скопирован в буфер обмена.</translation>
    </message>
    <message>
        <source>This client has no e-mail address yet: type one in To.</source>
        <translation>У этого клиента ещё нет адреса эл. почты: введите его в поле «Кому».</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Кому: %1</translation>
    </message>
    <message>
        <source>Whom is it to? Add the client's e-mail address.</source>
        <translation>Кому письмо? Добавьте адрес эл. почты клиента.</translation>
    </message>
    <message>
        <source>Write another summary?</source>
        <translation>Написать ещё один итог?</translation>
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
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Agreed:</source>
        <translation>Договорились:</translation>
    </message>
    <message>
        <source>Conversations as a thread</source>
        <translation>Разговоры лентой</translation>
    </message>
    <message>
        <source>The latest %1 of %2 conversations; the table has them all.</source>
        <translation>Последние %1 из %2 разговоров; все — в таблице.</translation>
    </message>
    <message>
        <source>awaits confirmation</source>
        <translation>ждёт подтверждения</translation>
    </message>
    <message>
        <source>awaits our reply</source>
        <translation>ждёт нашего ответа</translation>
    </message>
    <message>
        <source>needs a summary e-mail</source>
        <translation>нужно итоговое письмо</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source> — %1 of %2 here; the queue's own page has them all</source>
        <translation> — здесь %1 из %2; все есть на странице этой очереди</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>&amp;Add a client…</source>
        <translation>&amp;Добавить клиента…</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Импортировать контакты…</translation>
    </message>
    <message>
        <source>&amp;Log a conversation…</source>
        <translation>&amp;Записать разговор…</translation>
    </message>
    <message>
        <source>&amp;Try sample data</source>
        <translation>&amp;Попробовать на примере</translation>
    </message>
    <message>
        <source>Add your first client, import the contacts you have, or look around in a sample database first (your own stays empty).</source>
        <translation>Добавьте первого клиента, импортируйте имеющиеся контакты или сначала осмотритесь в базе-примере (ваша собственная останется пустой).</translation>
    </message>
    <message>
        <source>Every e-mail is confirmed, every agreement written up, no one waits for an answer and no follow-up is due.</source>
        <translation>Все письма подтверждены, все договорённости записаны, никто не ждёт ответа и напоминаний на сегодня нет.</translation>
    </message>
    <message>
        <source>Everything that needs attention today</source>
        <translation>Всё, что сегодня требует внимания</translation>
    </message>
    <message>
        <source>Everything that needs you, most urgent first: the most overdue, then what falls due soonest. Each queue keeps its own page in the sidebar.</source>
        <translation>Всё, что ждёт вас, от самого срочного: сначала самое просроченное, затем то, чей срок наступит раньше всего. У каждой очереди есть и отдельная страница на боковой панели.</translation>
    </message>
    <message>
        <source>No clients yet.</source>
        <translation>Клиентов пока нет.</translation>
    </message>
    <message>
        <source>Nothing needs you today.</source>
        <translation>Сегодня ничто не требует вашего внимания.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Deleted conversations</source>
        <translation>Удалённые разговоры</translation>
    </message>
    <message numerus="yes">
        <source>Deleted conversations stay here for %n day(s), then they are removed for good.</source>
        <translation>
            <numerusform>Удалённые разговоры лежат здесь %n день, затем они удаляются навсегда.</numerusform>
            <numerusform>Удалённые разговоры лежат здесь %n дня, затем они удаляются навсегда.</numerusform>
            <numerusform>Удалённые разговоры лежат здесь %n дней, затем они удаляются навсегда.</numerusform>
        </translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <source>%n item(s) overdue</source>
        <translation>
            <numerusform>%n дело просрочено</numerusform>
            <numerusform>%n дела просрочены</numerusform>
            <numerusform>%n дел просрочено</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Log a conversation…</source>
        <translation>&amp;Записать разговор…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Pause reminders</source>
        <translation>&amp;Приостановить напоминания</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Вы&amp;йти</translation>
    </message>
    <message>
        <source>&amp;Resume reminders</source>
        <translation>&amp;Возобновить напоминания</translation>
    </message>
    <message>
        <source>For 1 &amp;hour</source>
        <translation>На 1 &amp;час</translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>Ничего не просрочено</translation>
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
        <translation>&amp;Отменить «Готово»</translation>
    </message>
    <message>
        <source>&amp;Undo mark as sent</source>
        <translation>&amp;Отменить отметку «отправлено»</translation>
    </message>
    <message>
        <source>&amp;Undo move to trash</source>
        <translation>&amp;Отменить перемещение в корзину</translation>
    </message>
    <message>
        <source>&amp;Undo snooze</source>
        <translation>&amp;Отменить откладывание</translation>
    </message>
    <message>
        <source>&amp;Undo the confirmation</source>
        <translation>&amp;Отменить подтверждение</translation>
    </message>
    <message>
        <source>Confirmation recorded</source>
        <translation>Подтверждение записано</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Marked as sent</source>
        <translation>Отмечено как отправленное</translation>
    </message>
    <message>
        <source>Moved to the Trash</source>
        <translation>Перемещено в корзину</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Отложено</translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <translation>нечего отменять</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Нечего отменять.</translation>
    </message>
    <message>
        <source>Take it back (Ctrl+Z)</source>
        <translation>Отменить (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Отменено: %1</translation>
    </message>
</context>
<context>
    <name>When</name>
    <message>
        <source>{text!r} is not a time: use 2026-11-21 15:00, 2026-11-21, today 15:00, tomorrow, 15:00, +2h, +3d, 2h ago or now</source>
        <translation>{text!r} — не время: пишите 2026-11-21 15:00, 2026-11-21, today 15:00, tomorrow, 15:00, +2h, +3d, 2h ago или now</translation>
    </message>
</context>
<context>
    <name>WorkingHours</name>
    <message>
        <source>working days {text!r} should be weekday numbers like 1-5 or 1,2,3,4,6 (Monday is 1)</source>
        <translation>рабочие дни {text!r} должны быть номерами дней недели, например 1-5 или 1,2,3,4,6 (понедельник — 1)</translation>
    </message>
</context>
</TS>
