<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Age</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message numerus="yes">
        <source>keep in touch every %n day(s)</source>
        <translation>
            <numerusform>keep in touch every %n day</numerusform>
            <numerusform>keep in touch every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientErasure</name>
    <message numerus="yes">
        <source>%1 and %n conversation(s) were deleted for good.</source>
        <translation>
            <numerusform>%1 and %n conversation were deleted for good.</numerusform>
            <numerusform>%1 and %n conversations were deleted for good.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This erases the client, their channels and projects and %n conversation(s) with them. It cannot be undone: nothing of it goes to the Trash.</source>
        <translation>
            <numerusform>This erases the client, their channels and projects and %n conversation with them. It cannot be undone: nothing of it goes to the Trash.</numerusform>
            <numerusform>This erases the client, their channels and projects and %n conversations with them. It cannot be undone: nothing of it goes to the Trash.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateFields</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileOperations</name>
    <message numerus="yes">
        <source>Wrote %n card(s) to %1</source>
        <translation>
            <numerusform>Wrote %n card to %1</numerusform>
            <numerusform>Wrote %n cards to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1</source>
        <translation>
            <numerusform>Wrote %n event to %1</numerusform>
            <numerusform>Wrote %n events to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1</source>
        <translation>
            <numerusform>Wrote %n row to %1</numerusform>
            <numerusform>Wrote %n rows to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message numerus="yes">
        <source>%n cell(s) where the header has {value2}</source>
        <translation>
            <numerusform>%n cell where the header has {value2}</numerusform>
            <numerusform>%n cells where the header has {value2}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) of the account not imported from a chat export (bring them as vCard)</source>
        <translation>
            <numerusform>%n contact of the account not imported from a chat export (bring it as vCard)</numerusform>
            <numerusform>%n contacts of the account not imported from a chat export (bring them as vCard)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) from or to no client left out (--new-clients, or the checkbox in the window, adds their senders)</source>
        <translation>
            <numerusform>%n letter from or to no client left out (--new-clients, or the checkbox in the window, adds their senders)</numerusform>
            <numerusform>%n letters from or to no client left out (--new-clients, or the checkbox in the window, adds their senders)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>chat {name!r} ({kind}, %n message(s)) skipped: {why}</source>
        <translation>
            <numerusform>chat {name!r} ({kind}, %n message) skipped: {why}</numerusform>
            <numerusform>chat {name!r} ({kind}, %n messages) skipped: {why}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>chat {name!r}: %n unanswered call(s) not logged</source>
        <translation>
            <numerusform>chat {name!r}: %n unanswered call not logged</numerusform>
            <numerusform>chat {name!r}: %n unanswered calls not logged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>dates corrected for %n message(s) stored before with day and month swapped</source>
        <translation>
            <numerusform>dates corrected for %n message stored before with day and month swapped</numerusform>
            <numerusform>dates corrected for %n messages stored before with day and month swapped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>line {line_num}: %n cell(s) where the header has {value2}</source>
        <translation>
            <numerusform>line {line_num}: %n cell where the header has {value2}</numerusform>
            <numerusform>line {line_num}: %n cells where the header has {value2}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path}: %n row(s) cannot be read; nothing was imported</source>
        <translation>
            <numerusform>{path}: %n row cannot be read; nothing was imported</numerusform>
            <numerusform>{path}: %n rows cannot be read; nothing was imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message numerus="yes">
        <source>%1, %n message(s)</source>
        <translation>
            <numerusform>%1, %n message</numerusform>
            <numerusform>%1, %n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message numerus="yes">
        <source>%n client(s) talked to in this period.</source>
        <translation>
            <numerusform>%n client talked to in this period.</numerusform>
            <numerusform>%n clients talked to in this period.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailSync</name>
    <message numerus="yes">
        <source>%n new e-mail(s) with clients</source>
        <translation>
            <numerusform>%n new e-mail with clients</numerusform>
            <numerusform>%n new e-mails with clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>%n client(s) waiting for a reply</source>
        <translation>
            <numerusform>%n client waiting for a reply</numerusform>
            <numerusform>%n clients waiting for a reply</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need your attention</source>
        <translation>
            <numerusform>%n item needs your attention</numerusform>
            <numerusform>%n items need your attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message numerus="yes">
        <source>%n conversation(s) found</source>
        <translation>
            <numerusform>%n conversation found</numerusform>
            <numerusform>%n conversations found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetMapping</name>
    <message numerus="yes">
        <source>%1, %n row(s)</source>
        <translation>
            <numerusform>%1, %n row</numerusform>
            <numerusform>%1, %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here (given what they lack)</source>
        <translation>
            <numerusform>%n already here (given what it lacks)</numerusform>
            <numerusform>%n already here (given what they lack)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new client(s)</source>
        <translation>
            <numerusform>%n new client</numerusform>
            <numerusform>%n new clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more row(s)</source>
        <translation>
            <numerusform>…and %n more row</numerusform>
            <numerusform>…and %n more rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message numerus="yes">
        <source>Deleted conversations stay here for %n day(s), then they are removed for good.</source>
        <translation>
            <numerusform>Deleted conversations stay here for %n day, then they are removed for good.</numerusform>
            <numerusform>Deleted conversations stay here for %n days, then they are removed for good.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <source>%n item(s) overdue</source>
        <translation>
            <numerusform>%n item overdue</numerusform>
            <numerusform>%n items overdue</numerusform>
        </translation>
    </message>
</context>
</TS>
