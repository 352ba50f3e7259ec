<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>ApiServer</name>
    <message>
        <source>refusing to listen on %1 without TLS: the token and the data would cross the network readable by anyone on the way. Give a certificate and key (--tls-cert and --tls-key), or, behind a reverse proxy that does TLS, --insecure-http.</source>
        <translation>TLS के बिना %1 पर सुनने से इनकार: टोकन और डेटा नेटवर्क पर रास्ते में किसी के भी द्वारा पढ़े जा सकते। प्रमाणपत्र और कुंजी दें (--tls-cert और --tls-key), या, TLS करने वाले रिवर्स प्रॉक्सी के पीछे, --insecure-http।</translation>
    </message>
    <message>
        <source>refusing to listen on %1 without an API token: anyone who can reach it could read and change the data. Set a token (--token-file or TOUCHPOINT_API_TOKEN), give people tokens of their own (touchpoint users add), or listen on 127.0.0.1.</source>
        <translation>API टोकन के बिना %1 पर सुनने से इनकार: जो भी इस तक पहुँच सकता है, वह डेटा पढ़ और बदल सकता है। एक टोकन सेट करें (--token-file या TOUCHPOINT_API_TOKEN), लोगों को उनके अपने टोकन दें (touchpoint users add), या 127.0.0.1 पर सुनें।</translation>
    </message>
</context>
<context>
    <name>ApiStatusLabel</name>
    <message>
        <source>REST API: %1 %2 → %3 (%4 ms)</source>
        <translation>REST API: %1 %2 → %3 (%4 ms)</translation>
    </message>
    <message>
        <source>REST API: off, the token in Settings cannot be used</source>
        <translation>REST API: बंद, सेटिंग्स वाला टोकन इस्तेमाल नहीं हो सकता</translation>
    </message>
    <message>
        <source>REST API Not Started</source>
        <translation>REST API शुरू नहीं हुआ</translation>
    </message>
    <message>
        <source>The API token in Settings cannot be used: %1

Set another in Settings.</source>
        <translation>सेटिंग्स में दिया गया API टोकन इस्तेमाल नहीं हो सकता: %1

सेटिंग्स में कोई दूसरा टोकन डालें।</translation>
    </message>
    <message>
        <source>REST API: could not start on port %1</source>
        <translation>REST API: पोर्ट %1 पर शुरू नहीं हो सका</translation>
    </message>
    <message>
        <source>The REST API could not listen on port %1: %2

Choose another port in Settings.</source>
        <translation>REST API पोर्ट %1 पर नहीं चल सका: %2

सेटिंग्स में कोई दूसरा पोर्ट चुनें।</translation>
    </message>
    <message>
        <source>REST API: off</source>
        <translation>REST API: बंद</translation>
    </message>
    <message>
        <source>REST API: on, http://%1:%2, token required</source>
        <translation>REST API: चालू, http://%1:%2, टोकन ज़रूरी</translation>
    </message>
    <message>
        <source>REST API: on, http://%1:%2</source>
        <translation>REST API: चालू, http://%1:%2</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Copies the Touchpoint database into the backups folder beside it. The copy is consistent even while the window or `touchpoint serve` is writing to the file.</source>
        <translation>Touchpoint डेटाबेस की कॉपी उसके पास वाले बैकअप फ़ोल्डर में बनाता है। विंडो या `touchpoint serve` के फ़ाइल में लिखते समय भी कॉपी सही और पूरी रहती है।</translation>
    </message>
    <message>
        <source>Back up the Touchpoint database at &lt;path&gt; (default %1).</source>
        <translation>&lt;पथ&gt; पर रखे Touchpoint डेटाबेस का बैकअप लें (डिफ़ॉल्ट %1)।</translation>
    </message>
    <message>
        <source>path</source>
        <translation>पथ</translation>
    </message>
    <message>
        <source>List the backups that exist, newest first, and take none.</source>
        <translation>मौजूदा बैकअप की सूची दिखाएँ, सबसे नया पहले; नया बैकअप न लें।</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.
</source>
        <translation>अनपेक्षित आर्ग्युमेंट &quot;%1&quot;।
</translation>
    </message>
    <message>
        <source>There are no backups of %1 in %2.
</source>
        <translation>%2 में %1 का कोई बैकअप नहीं है।
</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3).
</source>
        <translation>%1 का बैकअप %2 में लिया गया (%3)।
</translation>
    </message>
</context>
<context>
    <name>BackupTimer</name>
    <message>
        <source>The database is not open.</source>
        <translation>डेटाबेस खुला नहीं है।</translation>
    </message>
</context>
<context>
    <name>CommandHelp</name>
    <message>
        <source>touchpoint: unknown command &apos;%1&apos;
Commands:
%2
Without a command, touchpoint opens the window (touchpoint --help).
</source>
        <translation>touchpoint: अज्ञात कमांड &apos;%1&apos;
कमांड:
%2
कमांड के बिना touchpoint विंडो खोलता है (touchpoint --help)।
</translation>
    </message>
    <message>
        <source>a file, or a PostgreSQL database in libpq&apos;s form postgresql://USER@HOST:PORT/DBNAME (?sslmode=require and libpq&apos;s other parameters may follow; the password comes from PGPASSWORD or ~/.pgpass, never from the command line)</source>
        <translation>कोई फ़ाइल, या libpq के रूप postgresql://USER@HOST:PORT/DBNAME में कोई PostgreSQL डेटाबेस (इसके बाद ?sslmode=require और libpq के दूसरे पैरामीटर आ सकते हैं; पासवर्ड PGPASSWORD या ~/.pgpass से आता है, कमांड लाइन से कभी नहीं)</translation>
    </message>
    <message>
        <source>  serve      run the REST API without a window (touchpoint serve --help)
  generate   fill a database with a large sample history
  backup     copy the database into its backups folder
  restore    put a backup in the database&apos;s place
  users      add, list and revoke the people who use the API, each with a token
  join       make a new file a replica of the team server, to work offline
  sync       bring a replica and the team server into step</source>
        <translation>  serve      बिना विंडो के REST API चलाएँ (touchpoint serve --help)
  generate   डेटाबेस को बड़े नमूना इतिहास से भरें
  backup     डेटाबेस की प्रति उसके बैकअप फ़ोल्डर में रखें
  restore    डेटाबेस की जगह कोई बैकअप रखें
  users      API का उपयोग करने वाले लोगों को जोड़ें, सूचीबद्ध करें और रद्द करें, हर एक का अपना टोकन
  join       नई फ़ाइल को टीम सर्वर की प्रतिकृति बनाएँ, ताकि ऑफ़लाइन काम हो सके
  sync       प्रतिकृति और टीम सर्वर को एक जैसा करें</translation>
    </message>
</context>
<context>
    <name>ConflictFieldsModel</name>
    <message>
        <source>(none)</source>
        <translation>(कुछ नहीं)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>फ़ील्ड</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>पहले</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>मेरा</translation>
    </message>
    <message>
        <source>Server&apos;s</source>
        <translation>सर्वर का</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>रखें</translation>
    </message>
</context>
<context>
    <name>ConflictResolution</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Lead %1</source>
        <translation>लीड %1</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>संपर्क %1</translation>
    </message>
    <message>
        <source>Interaction %1</source>
        <translation>इंटरैक्शन %1</translation>
    </message>
    <message>
        <source>The server refused this change; the server&apos;s version stands.</source>
        <translation>सर्वर ने यह बदलाव अस्वीकार किया; सर्वर का संस्करण बना रहता है।</translation>
    </message>
    <message>
        <source>Changed here, deleted on the server: the server&apos;s delete stands.</source>
        <translation>यहाँ बदला गया, सर्वर पर हटाया गया: सर्वर का हटाना बना रहता है।</translation>
    </message>
    <message>
        <source>Deleted here, changed on the server: the server&apos;s version stands.</source>
        <translation>यहाँ हटाया गया, सर्वर पर बदला गया: सर्वर का संस्करण बना रहता है।</translation>
    </message>
    <message>
        <source>Changed here and on the server: the server&apos;s values stand.</source>
        <translation>यहाँ और सर्वर पर दोनों जगह बदला गया: सर्वर के मान बने रहते हैं।</translation>
    </message>
    <message>
        <source>Lead “%1”</source>
        <translation>लीड “%1”</translation>
    </message>
    <message>
        <source>Contact “%1”</source>
        <translation>संपर्क “%1”</translation>
    </message>
    <message>
        <source>Interaction %1 of %2</source>
        <translation>%2 का इंटरैक्शन %1</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>टकराव</translation>
    </message>
    <message>
        <source>Fields in conflict</source>
        <translation>टकराव वाले फ़ील्ड</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>मेरा रखें (&amp;M)</translation>
    </message>
    <message>
        <source>Keep the &amp;Server&apos;s</source>
        <translation>सर्वर का रखें (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>सुलझाएँ (&amp;R)</translation>
    </message>
    <message>
        <source>No conflicts wait for you.</source>
        <translation>आपके लिए कोई टकराव बाकी नहीं है।</translation>
    </message>
    <message>
        <source>&amp;Accept the Server&apos;s Delete</source>
        <translation>सर्वर का हटाना स्वीकार करें (&amp;A)</translation>
    </message>
    <message>
        <source>The server&apos;s reasons:
%1</source>
        <translation>सर्वर के कारण:
%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not resolved; nothing was written:
%1</source>
        <translation>नहीं सुलझा; कुछ भी नहीं लिखा गया:
%1</translation>
    </message>
    <message>
        <source>Not resolved: the record or the conflict is no longer there.</source>
        <translation>नहीं सुलझा: रिकॉर्ड या टकराव अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Not resolved: %1</source>
        <translation>नहीं सुलझा: %1</translation>
    </message>
    <message>
        <source>Keep Mine as a &amp;New Record</source>
        <translation>मेरा एक &amp;नए रिकॉर्ड के रूप में रखें</translation>
    </message>
    <message>
        <source>Not kept; nothing was written:
%1</source>
        <translation>नहीं रखा गया; कुछ भी नहीं लिखा गया:
%1</translation>
    </message>
    <message>
        <source>Not kept: %1</source>
        <translation>नहीं रखा गया: %1</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New Contact</source>
        <translation>नया संपर्क</translation>
    </message>
    <message>
        <source>e.g. Owner, Head Chef</source>
        <translation>जैसे मालिक, हेड शेफ़</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>लीड (&amp;L):</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>लीड</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>नाम (&amp;N):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>पद (&amp;R):</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>पद</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>ईमेल (&amp;E):</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>फ़ोन (&amp;P):</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Edit Contact</source>
        <translation>संपर्क बदलें</translation>
    </message>
    <message>
        <source>This contact was deleted meanwhile, so the changes could not be saved.</source>
        <translation>यह संपर्क इस बीच हटा दिया गया, इसलिए बदलाव सहेजे नहीं जा सके।</translation>
    </message>
    <message>
        <source>The contact could not be saved: %1

Everything you entered is still here; try again once the problem is solved.</source>
        <translation>संपर्क सहेजा नहीं जा सका: %1

आपकी भरी हुई सारी जानकारी यहीं है; समस्या दूर होने पर फिर कोशिश करें।</translation>
    </message>
    <message numerus="yes">
        <source>This lead already has %n contact(s) named %1.</source>
        <translation>
            <numerusform>इस लीड का %1 नाम का %n संपर्क पहले से है।</numerusform>
            <numerusform>इस लीड के %1 नाम के %n संपर्क पहले से हैं।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>पद</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>लीड</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is damaged (SQLite says: %2). It was left untouched.</source>
        <translation>%1 खराब हो गई है (SQLite का संदेश: %2)। इसमें कोई बदलाव नहीं किया गया।</translation>
    </message>
    <message>
        <source>The latest backup is %1, taken %2 UTC.</source>
        <translation>सबसे नया बैकअप %1 है, जो %2 UTC पर लिया गया।</translation>
    </message>
    <message>
        <source>There is no backup of it.</source>
        <translation>इसका कोई बैकअप नहीं है।</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 पढ़ी नहीं जा सकी।</translation>
    </message>
    <message>
        <source>%1 is not a Touchpoint database (it is not an SQLite file).</source>
        <translation>%1 Touchpoint डेटाबेस नहीं है (यह SQLite फ़ाइल नहीं है)।</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 खोली नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Touchpoint database. It was left untouched.</source>
        <translation>%1 किसी दूसरे प्रोग्राम का SQLite डेटाबेस है, Touchpoint का नहीं। इसमें कोई बदलाव नहीं किया गया।</translation>
    </message>
    <message>
        <source>%1 was written by a newer Touchpoint (schema version %2; this version reads up to %3). It was left untouched.</source>
        <translation>%1 Touchpoint के नए संस्करण से लिखी गई है (स्कीमा संस्करण %2; यह संस्करण %3 तक पढ़ सकता है)। इसमें कोई बदलाव नहीं किया गया।</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>फ़ोल्डर %1 बनाया नहीं जा सका।</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>%1 तैयार नहीं की जा सकी: %2</translation>
    </message>
    <message>
        <source>Cannot back up %1 before bringing it up to date, so it was left as it was: %2</source>
        <translation>%1 को अपडेट करने से पहले उसका बैकअप नहीं लिया जा सका, इसलिए उसे जैसा था वैसा ही छोड़ दिया गया: %2</translation>
    </message>
    <message>
        <source>Cannot bring %1 up to date: %2</source>
        <translation>%1 को अपडेट नहीं किया जा सका: %2</translation>
    </message>
    <message>
        <source>%1 holds another program&apos;s data, not a Touchpoint database. It was left untouched.</source>
        <translation>%1 में किसी दूसरे प्रोग्राम का डेटा है, Touchpoint का डेटाबेस नहीं। उसे छुआ नहीं गया।</translation>
    </message>
    <message>
        <source>Cannot read the schema&apos;s version of %1: %2</source>
        <translation>%1 के स्कीमा का संस्करण नहीं पढ़ा जा सका: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>फ़ोल्डर %1 बनाया नहीं जा सका।</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>बैकअप %1 लिखा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>The backup %1 is damaged and was not restored: %2</source>
        <translation>बैकअप %1 खराब है, इसलिए उसे बहाल नहीं किया गया: %2</translation>
    </message>
    <message>
        <source>Cannot read the backup %1: %2</source>
        <translation>बैकअप %1 पढ़ा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>%1 is not a backup of a Touchpoint database that this version can read; nothing was changed.</source>
        <translation>%1 ऐसे Touchpoint डेटाबेस का बैकअप नहीं है जिसे यह संस्करण पढ़ सके; कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <source>Cannot copy %1 next to %2: %3</source>
        <translation>%1 को %2 के पास कॉपी नहीं किया जा सका: %3</translation>
    </message>
    <message>
        <source>%1 is open in another program (the window or `touchpoint serve`?). Close it and try again; nothing was changed.</source>
        <translation>%1 किसी दूसरे प्रोग्राम में खुली है (शायद विंडो या `touchpoint serve` में)। उसे बंद करके फिर कोशिश करें; कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <source>Cannot move %1 aside; nothing was changed.</source>
        <translation>%1 को हटाकर अलग नहीं रखा जा सका; कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <source>Cannot put the backup in place of %1 (the previous file is kept as %2).</source>
        <translation>बैकअप को %1 की जगह नहीं रखा जा सका (पिछली फ़ाइल %2 के रूप में रखी गई है)।</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 खोली नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>Cannot put the backup in place of %1; nothing was changed.</source>
        <translation>बैकअप को %1 की जगह नहीं रखा जा सका; कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <source>Cannot prepare %1 for its replicas: %2</source>
        <translation>%1 को उसकी प्रतिकृतियों के लिए तैयार नहीं किया जा सका: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>The PostgreSQL URI holds a password, which anyone on this computer could read in the list of processes. Leave it out and give it in PGPASSWORD or ~/.pgpass instead.</source>
        <translation>PostgreSQL URI में पासवर्ड है, जिसे इस कंप्यूटर पर कोई भी प्रोसेस की सूची में पढ़ सकता है। उसे हटा दें और उसकी जगह PGPASSWORD या ~/.pgpass में दें।</translation>
    </message>
    <message>
        <source>No database was named.</source>
        <translation>किसी डेटाबेस का नाम नहीं दिया गया।</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL connection URI: %2</source>
        <translation>%1 PostgreSQL कनेक्शन URI नहीं है: %2</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL connection URI: the database&apos;s name holds a &apos;/&apos;.</source>
        <translation>%1 PostgreSQL कनेक्शन URI नहीं है: डेटाबेस के नाम में &apos;/&apos; है।</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL connection URI: cannot read its parameter &quot;%2&quot;.</source>
        <translation>%1 PostgreSQL कनेक्शन URI नहीं है: उसका पैरामीटर &quot;%2&quot; पढ़ा नहीं जा सका।</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>Damaged Database</source>
        <translation>खराब डेटाबेस</translation>
    </message>
    <message>
        <source>Touchpoint can put the latest backup, taken %1, in its place. The damaged file is then moved into %2 and kept there, not overwritten; what was written after that backup is not in it.</source>
        <translation>Touchpoint इसकी जगह सबसे नया बैकअप रख सकता है, जो %1 को लिया गया था। तब खराब फ़ाइल %2 में खिसकाकर वहीं रखी जाती है, उस पर कुछ लिखा नहीं जाता; उस बैकअप के बाद दर्ज की गई जानकारी उसमें नहीं है।</translation>
    </message>
    <message>
        <source>&amp;Restore Latest Backup</source>
        <translation>सबसे नया बैकअप बहाल करें (&amp;R)</translation>
    </message>
    <message>
        <source>There is no backup to put in its place. You can open another file, or quit and repair it.</source>
        <translation>इसकी जगह रखने के लिए कोई बैकअप नहीं है। आप कोई दूसरी फ़ाइल खोल सकते हैं, या ऐप बंद करके इसे ठीक कर सकते हैं।</translation>
    </message>
    <message>
        <source>&amp;Open Another File…</source>
        <translation>दूसरी फ़ाइल खोलें (&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बंद करें (&amp;Q)</translation>
    </message>
    <message>
        <source>Open Touchpoint Database</source>
        <translation>Touchpoint डेटाबेस खोलें</translation>
    </message>
    <message>
        <source>Touchpoint databases (*.sqlite);;All files (*)</source>
        <translation>Touchpoint डेटाबेस (*.sqlite);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>There is no backup of %1.</source>
        <translation>%1 का कोई बैकअप नहीं है।</translation>
    </message>
    <message>
        <source>Restored the latest backup. The damaged file is kept as %1.</source>
        <translation>सबसे नया बैकअप बहाल किया गया। खराब फ़ाइल %1 के रूप में रखी गई है।</translation>
    </message>
</context>
<context>
    <name>DatasetGenerator</name>
    <message>
        <source>--leads must be between 1 and %1.</source>
        <translation>--leads 1 से %1 के बीच होना चाहिए।</translation>
    </message>
    <message>
        <source>--contacts-per-lead must be between 1 and %1.</source>
        <translation>--contacts-per-lead 1 से %1 के बीच होना चाहिए।</translation>
    </message>
    <message>
        <source>--leads times --contacts-per-lead must be at most %1.</source>
        <translation>--leads गुणा --contacts-per-lead अधिकतम %1 हो सकता है।</translation>
    </message>
    <message>
        <source>--interactions must be between 0 and %1.</source>
        <translation>--interactions 0 से %1 के बीच होना चाहिए।</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <source>%1 already holds data (%2 leads, %3 contacts, %4 interactions). generate fills only a new or empty database; the file was left untouched.</source>
        <translation>%1 में पहले से डेटा है (%2 लीड, %3 संपर्क, %4 इंटरैक्शन)। generate सिर्फ़ नया या खाली डेटाबेस भरता है; फ़ाइल में कोई बदलाव नहीं किया गया।</translation>
    </message>
    <message>
        <source>%1 already holds data; generate fills only a new or empty database.</source>
        <translation>%1 में पहले से डेटा है; generate सिर्फ़ नया या खाली डेटाबेस भरता है।</translation>
    </message>
    <message>
        <source>leads and contacts</source>
        <translation>लीड और संपर्क</translation>
    </message>
    <message>
        <source>interactions</source>
        <translation>इंटरैक्शन</translation>
    </message>
    <message>
        <source>The database already holds leads or interactions; sample data goes only into an empty one.</source>
        <translation>डेटाबेस में पहले से लीड या इंटरैक्शन हैं; नमूना डेटा सिर्फ़ खाली डेटाबेस में जोड़ा जाता है।</translation>
    </message>
    <message>
        <source>This file is a replica of a team server: its records come from the server, and generated ones would stay here alone.</source>
        <translation>यह फ़ाइल एक टीम सर्वर की प्रतिकृति है: इसके रिकॉर्ड सर्वर से आते हैं, और बनाए गए रिकॉर्ड केवल यहीं रह जाते।</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>yyyy-mm-dd hh:mm</source>
        <translation>वर्ष-माह-दिन घंटे:मिनट</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>वर्ष-माह-दिन</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>कैलेंडर से चुनें</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>कैलेंडर से चुनें (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>DeletionQuestion</name>
    <message>
        <source>You can undo this with %1.</source>
        <translation>%1 से आप इसे पूर्ववत कर सकते हैं।</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Selected interaction</source>
        <translation>चुना गया इंटरैक्शन</translation>
    </message>
    <message>
        <source>Select an interaction to see it here.</source>
        <translation>यहाँ देखने के लिए कोई इंटरैक्शन चुनें।</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>लीड</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>संपर्क</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Lead:</source>
        <translation>लीड:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>संपर्क:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>तारीख:</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>ऑर्डर</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <source>Total price</source>
        <translation>कुल कीमत</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>ऑर्डर की तारीख</translation>
    </message>
    <message>
        <source>An order was placed; its details were not recorded.</source>
        <translation>ऑर्डर दिया गया था, पर उसका विवरण दर्ज नहीं किया गया।</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>उत्पाद:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>मात्रा:</translation>
    </message>
    <message>
        <source>Total price:</source>
        <translation>कुल कीमत:</translation>
    </message>
    <message>
        <source>Order date:</source>
        <translation>ऑर्डर की तारीख:</translation>
    </message>
    <message>
        <source>Edit this interaction</source>
        <translation>यह इंटरैक्शन बदलें</translation>
    </message>
    <message>
        <source>Delete this interaction</source>
        <translation>यह इंटरैक्शन हटाएँ</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%2 के साथ %1</translation>
    </message>
    <message>
        <source>Open the lead&apos;s page</source>
        <translation>लीड का पेज खोलें</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(कुछ नहीं)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>हटाएँ…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>contact&apos;s name · role</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>बदलें (&amp;D)…</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>दर्ज</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>अंतिम बदलाव</translation>
    </message>
    <message>
        <source>Logged:</source>
        <translation>दर्ज:</translation>
    </message>
    <message>
        <source>Last changed:</source>
        <translation>अंतिम बदलाव:</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <comment>when, by whom</comment>
        <translation>%1, %2 द्वारा</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>इतिहास…</translation>
    </message>
    <message>
        <source>Show every change of this interaction</source>
        <translation>इस इंटरैक्शन का हर बदलाव दिखाएँ</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>सिंक</translation>
    </message>
    <message>
        <source>The team server has another version of this interaction: File &gt; Conflicts.</source>
        <translation>टीम सर्वर के पास इस इंटरैक्शन का दूसरा संस्करण है: फ़ाइल &gt; टकराव।</translation>
    </message>
    <message>
        <source>Sync:</source>
        <translation>सिंक:</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>%1, %2</source>
        <extracomment>A date in words, then the time of day.</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No interactions yet</source>
        <translation>अभी कोई इंटरैक्शन नहीं है</translation>
    </message>
    <message>
        <source>Log every call, email, meeting, visit and order with your leads&apos; contacts here. Start with your first interaction, or look around with sample data first.</source>
        <translation>अपनी लीड के संपर्कों के साथ हर कॉल, ईमेल, मीटिंग, विज़िट और ऑर्डर यहाँ दर्ज करें। अपना पहला इंटरैक्शन जोड़कर शुरू करें, या पहले नमूना डेटा से ऐप को देख लें।</translation>
    </message>
    <message>
        <source>&amp;Add Interaction</source>
        <translation>इंटरैक्शन जोड़ें (&amp;A)</translation>
    </message>
    <message>
        <source>Load &amp;Sample Data</source>
        <translation>नमूना डेटा लोड करें (&amp;S)</translation>
    </message>
    <message>
        <source>No interactions match the filters</source>
        <translation>फ़िल्टर से मेल खाता कोई इंटरैक्शन नहीं है</translation>
    </message>
    <message>
        <source>A search looks in the details, the names of leads and contacts, and the products of orders. Clear the filters to see every interaction again.</source>
        <translation>खोज विवरण में, लीड और संपर्कों के नामों में, और ऑर्डर के उत्पादों में देखती है। सभी इंटरैक्शन फिर से देखने के लिए फ़िल्टर हटाएँ।</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>फ़िल्टर हटाएँ</translation>
    </message>
    <message>
        <source>No interactions match “%1”</source>
        <translation>“%1” से मेल खाता कोई इंटरैक्शन नहीं है</translation>
    </message>
</context>
<context>
    <name>FieldProblemLabel</name>
    <message>
        <source>Problem with %1</source>
        <translation>%1 में समस्या</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Filters</source>
        <translation>फ़िल्टर</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>सभी लीड</translation>
    </message>
    <message>
        <source>Lead filter</source>
        <translation>लीड फ़िल्टर</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>सभी संपर्क</translation>
    </message>
    <message>
        <source>Contact filter</source>
        <translation>संपर्क फ़िल्टर</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 दिखाएँ</translation>
    </message>
    <message>
        <source>None ticked: every type</source>
        <translation>कोई न चुना हो तो: सभी प्रकार</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>तारीखें</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>शुरू की तारीख</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>कब तक (&amp;U)</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>आखिरी तारीख</translation>
    </message>
    <message>
        <source>&amp;Orders only</source>
        <translation>सिर्फ़ ऑर्डर (&amp;O)</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>फ़िल्टर हटाएँ</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>संपर्क (&amp;C)</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>खोजें (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>खोजें</translation>
    </message>
    <message>
        <source>Finds text in the details, the names of leads and contacts, and the products of orders</source>
        <translation>विवरण में, लीड और संपर्कों के नामों में, और ऑर्डर के उत्पादों में टेक्स्ट खोजता है</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>कब से (&amp;R)</translation>
    </message>
    <message>
        <source>Le&amp;ad</source>
        <translation>लीड (&amp;A)</translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>Fills a new or empty Touchpoint database with a realistic sample history: restaurants, their people, three years (2023-2025) of calls, emails, meetings, visits and orders. The same parameters and seed always give the same data.</source>
        <translation>नए या खाली Touchpoint डेटाबेस को असली जैसे नमूना इतिहास से भरता है: रेस्टोरेंट, उनके लोग, और तीन साल (2023-2025) की कॉल, ईमेल, मीटिंग, विज़िट और ऑर्डर। एक जैसे पैरामीटर और seed से हमेशा एक जैसा डेटा बनता है।</translation>
    </message>
    <message>
        <source>How many leads (default 5000).</source>
        <translation>कितनी लीड (डिफ़ॉल्ट 5000)।</translation>
    </message>
    <message>
        <source>How many contacts each lead has (default 4).</source>
        <translation>हर लीड के कितने संपर्क (डिफ़ॉल्ट 4)।</translation>
    </message>
    <message>
        <source>How many interactions (default 1000000).</source>
        <translation>कितने इंटरैक्शन (डिफ़ॉल्ट 1000000)।</translation>
    </message>
    <message>
        <source>The seed of the random choices (default 1).</source>
        <translation>रैंडम चुनाव का seed (डिफ़ॉल्ट 1)।</translation>
    </message>
    <message>
        <source>Unexpected argument: %1
</source>
        <translation>अनपेक्षित आर्ग्युमेंट: %1
</translation>
    </message>
    <message>
        <source>--database PATH is required: generate never fills the default database.
</source>
        <translation>--database PATH देना ज़रूरी है: generate कभी भी डिफ़ॉल्ट डेटाबेस नहीं भरता।
</translation>
    </message>
    <message>
        <source>--%1 must be a whole number, not &quot;%2&quot;.</source>
        <translation>--%1 पूर्ण संख्या होनी चाहिए, &quot;%2&quot; नहीं।</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to %1, not &quot;%2&quot;.</source>
        <translation>--seed 0 से %1 तक की पूर्ण संख्या होनी चाहिए, &quot;%2&quot; नहीं।</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4 s)
</source>
        <translation>%1: %3 में से %2 (%4 सेकंड)
</translation>
    </message>
    <message>
        <source>Wrote %1 leads, %2 contacts and %3 interactions (%4 with an order) to %5 in %6 s.
</source>
        <translation>%5 में %1 लीड, %2 संपर्क और %3 इंटरैक्शन (%4 ऑर्डर के साथ) %6 सेकंड में लिखे गए।
</translation>
    </message>
    <message>
        <source>The database to fill: %1. A file must not exist, be empty, or be a Touchpoint database without data; a PostgreSQL database must have been made with createdb and hold no Touchpoint data.</source>
        <translation>भरा जाने वाला डेटाबेस: %1। फ़ाइल या तो मौजूद न हो, खाली हो, या बिना डेटा वाला Touchpoint डेटाबेस हो; PostgreSQL डेटाबेस createdb से बना हो और उसमें Touchpoint का कोई डेटा न हो।</translation>
    </message>
</context>
<context>
    <name>InteractionActions</name>
    <message>
        <source>The new interaction was saved; the filters hide it.</source>
        <translation>नया इंटरैक्शन सहेजा गया; पर फ़िल्टर की वजह से वह दिख नहीं रहा।</translation>
    </message>
    <message>
        <source>Could Not Open</source>
        <translation>खोला नहीं जा सका</translation>
    </message>
    <message>
        <source>Delete Interaction</source>
        <translation>इंटरैक्शन हटाएँ</translation>
    </message>
    <message>
        <source>Delete the %1 with %2 on %3?</source>
        <translation>%1 (%2 के साथ, %3) हटाएँ?</translation>
    </message>
    <message>
        <source>Not Deleted</source>
        <translation>हटाया नहीं गया</translation>
    </message>
    <message>
        <source>The interaction could not be deleted: %1</source>
        <translation>इंटरैक्शन हटाया नहीं जा सका: %1</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>New Interaction</source>
        <translation>नया इंटरैक्शन</translation>
    </message>
    <message>
        <source>Type a lead&apos;s name</source>
        <translation>लीड का नाम लिखें</translation>
    </message>
    <message>
        <source>New lead…</source>
        <translation>नई लीड…</translation>
    </message>
    <message>
        <source>Add a new lead</source>
        <translation>नई लीड जोड़ें</translation>
    </message>
    <message>
        <source>Type a contact&apos;s name</source>
        <translation>संपर्क का नाम लिखें</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>नया संपर्क…</translation>
    </message>
    <message>
        <source>Add a new contact</source>
        <translation>नया संपर्क जोड़ें</translation>
    </message>
    <message>
        <source>What was said or agreed</source>
        <translation>क्या बात हुई या क्या तय हुआ</translation>
    </message>
    <message>
        <source>An &amp;order was placed</source>
        <translation>ऑर्डर दिया गया (&amp;O)</translation>
    </message>
    <message>
        <source>Order details</source>
        <translation>ऑर्डर का विवरण</translation>
    </message>
    <message>
        <source>What was ordered</source>
        <translation>क्या ऑर्डर किया गया</translation>
    </message>
    <message>
        <source>e.g. 1250.50</source>
        <translation>जैसे 1250.50</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>लीड (&amp;L):</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>लीड</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>संपर्क</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>प्रकार (&amp;T):</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>तारीख और समय (&amp;D):</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>तारीख और समय</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation>ऑर्डर दिया गया</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>उत्पाद (&amp;P):</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>मात्रा (&amp;Q):</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <source>Total price</source>
        <translation>कुल कीमत</translation>
    </message>
    <message>
        <source>Order d&amp;ate:</source>
        <translation>ऑर्डर की तारीख (&amp;A):</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>ऑर्डर की तारीख</translation>
    </message>
    <message>
        <source>Edit Interaction</source>
        <translation>इंटरैक्शन बदलें</translation>
    </message>
    <message>
        <source>Fill in the fields above to save.</source>
        <translation>सहेजने के लिए ऊपर के फ़ील्ड भरें।</translation>
    </message>
    <message>
        <source>This interaction was deleted meanwhile, perhaps through the REST API, so the changes could not be saved.</source>
        <translation>यह इंटरैक्शन इस बीच हटा दिया गया (शायद REST API से), इसलिए बदलाव सहेजे नहीं जा सके।</translation>
    </message>
    <message>
        <source>The interaction could not be saved: %1

Everything you entered is still here; try again once the problem is solved.</source>
        <translation>इंटरैक्शन सहेजा नहीं जा सका: %1

आपकी भरी हुई सारी जानकारी यहीं है; समस्या दूर होने पर फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Co&amp;ntact:</source>
        <translation>संपर्क (&amp;N):</translation>
    </message>
    <message>
        <source>Deta&amp;ils:</source>
        <translation>विवरण (&amp;I):</translation>
    </message>
    <message>
        <source>Total p&amp;rice:</source>
        <translation>कुल कीमत (&amp;R):</translation>
    </message>
    <message>
        <source>To save, fill in: %1.</source>
        <translation>सहेजने के लिए भरें: %1।</translation>
    </message>
</context>
<context>
    <name>InteractionTableModel</name>
    <message>
        <source>Yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>लीड</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>संपर्क</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>ऑर्डर</translation>
    </message>
</context>
<context>
    <name>InteractionType</name>
    <message>
        <source>Call</source>
        <translation>कॉल</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>मीटिंग</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>विज़िट</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>ऑर्डर</translation>
    </message>
</context>
<context>
    <name>InteractionsView</name>
    <message>
        <source>Interactions</source>
        <translation>इंटरैक्शन</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>कॉलम (&amp;C)</translation>
    </message>
    <message>
        <source>Could not read the interactions: %1</source>
        <translation>इंटरैक्शन पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>No interactions yet</source>
        <translation>अभी कोई इंटरैक्शन नहीं है</translation>
    </message>
    <message>
        <source>Showing the only interaction</source>
        <translation>इकलौता इंटरैक्शन दिखाया गया</translation>
    </message>
    <message>
        <source>Showing all %1 interactions</source>
        <translation>सभी %1 इंटरैक्शन दिखाए गए</translation>
    </message>
    <message>
        <source>Showing %1 of 1 interaction</source>
        <translation>1 में से %1 इंटरैक्शन दिखाया गया</translation>
    </message>
    <message>
        <source>Showing %1 of %2 interactions</source>
        <translation>%2 में से %1 इंटरैक्शन दिखाए गए</translation>
    </message>
    <message>
        <source>orders ₹ %1</source>
        <translation>ऑर्डर ₹ %1</translation>
    </message>
    <message>
        <source>1 new interaction: show it</source>
        <translation>1 नया इंटरैक्शन: उसे दिखाएँ</translation>
    </message>
    <message>
        <source>%1 new interactions: show them</source>
        <translation>%1 नए इंटरैक्शन: उन्हें दिखाएँ</translation>
    </message>
    <message>
        <source>Written elsewhere (the REST API or another Touchpoint); tinted in the table for a minute.</source>
        <translation>कहीं और से दर्ज किए गए (REST API या किसी दूसरे Touchpoint से); तालिका में एक मिनट तक अलग रंग में दिखेंगे।</translation>
    </message>
    <message>
        <source>Counting the interactions…</source>
        <translation>इंटरैक्शन गिने जा रहे हैं…</translation>
    </message>
</context>
<context>
    <name>JoinCommand</name>
    <message>
        <source>The replica&apos;s file (default %1).</source>
        <translation>प्रतिकृति की फ़ाइल (डिफ़ॉल्ट %1)।</translation>
    </message>
    <message>
        <source>file</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>The file that holds your token on the server.</source>
        <translation>वह फ़ाइल जिसमें सर्वर पर आपका टोकन है।</translation>
    </message>
    <message>
        <source>What the server calls this replica (default: this computer&apos;s name).</source>
        <translation>सर्वर इस प्रतिकृति को किस नाम से जाने (डिफ़ॉल्ट: इस कंप्यूटर का नाम)।</translation>
    </message>
    <message>
        <source>name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>the team server&apos;s address</source>
        <translation>टीम सर्वर का पता</translation>
    </message>
    <message>
        <source>Give the server&apos;s address, such as https://server:8000.
</source>
        <translation>सर्वर का पता दें, जैसे https://server:8000।
</translation>
    </message>
    <message>
        <source>Give your token on the server with --token-file.
</source>
        <translation>सर्वर पर अपना टोकन --token-file से दें।
</translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2
</source>
        <translation>टोकन फ़ाइल %1 पढ़ी नहीं जा सकी: %2
</translation>
    </message>
    <message>
        <source>The token file %1 is empty.
</source>
        <translation>टोकन फ़ाइल %1 खाली है।
</translation>
    </message>
    <message>
        <source>Downloaded %1 records…</source>
        <translation>%1 रिकॉर्ड डाउनलोड हुए…</translation>
    </message>
    <message>
        <source>Makes a database file a replica of the team server at URL (such as https://server:8000): it downloads everything, then works offline as any file does, and `touchpoint sync` brings it into step with the server. The records a file already holds take new ids and are sent to the server. A join cut short (Ctrl+C, a dropped connection) goes on where it stopped when run again. The file keeps the token to sync with: keep it as safe as the token.</source>
        <translation>किसी डेटाबेस फ़ाइल को URL (जैसे https://server:8000) पर टीम सर्वर की प्रतिकृति बनाता है: यह सब कुछ डाउनलोड करता है, फिर किसी भी फ़ाइल की तरह ऑफ़लाइन काम करता है, और `touchpoint sync` इसे सर्वर के साथ मिलाता है। फ़ाइल में पहले से मौजूद रिकॉर्ड नई आईडी लेते हैं और सर्वर को भेजे जाते हैं। बीच में रुका हुआ जुड़ना (Ctrl+C, टूटा कनेक्शन) दोबारा चलाने पर वहीं से आगे बढ़ता है। फ़ाइल सिंक के लिए टोकन रखती है: इसे टोकन जितना ही सुरक्षित रखें।</translation>
    </message>
    <message>
        <source>Trust the certificates in &lt;file&gt; (PEM) for the server&apos;s, besides the system&apos;s: the team&apos;s own certificate authority, or the server&apos;s own certificate. Kept in the replica for every sync.</source>
        <translation>सर्वर के प्रमाणपत्र के लिए, सिस्टम के प्रमाणपत्रों के अलावा, &lt;file&gt; (PEM) के प्रमाणपत्रों पर भरोसा करें: टीम का अपना प्रमाणपत्र प्राधिकरण, या सर्वर का अपना प्रमाणपत्र। हर सिंक के लिए प्रतिकृति में रखा जाता है।</translation>
    </message>
    <message>
        <source>Cannot read the certificate file %1: %2
</source>
        <translation>प्रमाणपत्र फ़ाइल %1 पढ़ी नहीं जा सकी: %2
</translation>
    </message>
    <message>
        <source>%1 holds no certificate in PEM form.
</source>
        <translation>%1 में PEM रूप में कोई प्रमाणपत्र नहीं है।
</translation>
    </message>
    <message>
        <source>This file holds records (leads: %1, contacts: %2, interactions: %3): to join, they take new ids, from this replica&apos;s own blocks (%4 and above), and are sent to the server. Whatever knows them by their old ids must look them up again.
</source>
        <translation>इस फ़ाइल में रिकॉर्ड हैं (लीड: %1, संपर्क: %2, इंटरैक्शन: %3): जुड़ने के लिए वे इस प्रतिकृति के अपने ब्लॉकों (%4 और ऊपर) से नई आईडी लेते हैं, और सर्वर को भेजे जाते हैं। जो कुछ उन्हें पुरानी आईडी से जानता है, उसे उन्हें फिर से ढूँढना होगा।
</translation>
    </message>
</context>
<context>
    <name>LeadDialog</name>
    <message>
        <source>New Lead</source>
        <translation>नई लीड</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>नाम (&amp;N):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>City</source>
        <translation>शहर</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>फ़ोन (&amp;P):</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>ईमेल (&amp;E):</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>नोट्स (&amp;O):</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>नोट्स</translation>
    </message>
    <message>
        <source>Edit Lead</source>
        <translation>लीड बदलें</translation>
    </message>
    <message>
        <source>This lead was deleted meanwhile, so the changes could not be saved.</source>
        <translation>यह लीड इस बीच हटा दी गई, इसलिए बदलाव सहेजे नहीं जा सके।</translation>
    </message>
    <message>
        <source>The lead could not be saved: %1

Everything you entered is still here; try again once the problem is solved.</source>
        <translation>लीड सहेजी नहीं जा सकी: %1

आपकी भरी हुई सारी जानकारी यहीं है; समस्या दूर होने पर फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>स्थिति (&amp;T):</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>शहर (&amp;Y):</translation>
    </message>
    <message>
        <source>A lead named %1 already exists in %2.</source>
        <translation>%2 में %1 नाम की लीड पहले से मौजूद है।</translation>
    </message>
    <message>
        <source>A lead named %1 already exists.</source>
        <translation>%1 नाम की लीड पहले से मौजूद है।</translation>
    </message>
    <message numerus="yes">
        <source>%n leads named %1 already exist.</source>
        <translation>
            <numerusform>%1 नाम की %n लीड पहले से मौजूद है।</numerusform>
            <numerusform>%1 नाम की %n लीड पहले से मौजूद हैं।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadListModel</name>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>City</source>
        <translation>शहर</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
</context>
<context>
    <name>LeadPage</name>
    <message>
        <source>Lead page</source>
        <translation>लीड पेज</translation>
    </message>
    <message>
        <source>Choose a lead to see its contacts and interactions.</source>
        <translation>किसी लीड के संपर्क और इंटरैक्शन देखने के लिए उसे चुनें।</translation>
    </message>
    <message>
        <source>Edit Lead…</source>
        <translation>लीड बदलें…</translation>
    </message>
    <message>
        <source>Edit this lead</source>
        <translation>यह लीड बदलें</translation>
    </message>
    <message>
        <source>Delete Lead…</source>
        <translation>लीड हटाएँ…</translation>
    </message>
    <message>
        <source>Delete this lead</source>
        <translation>यह लीड हटाएँ</translation>
    </message>
    <message>
        <source>New Interaction…</source>
        <translation>नया इंटरैक्शन…</translation>
    </message>
    <message>
        <source>New interaction with this lead</source>
        <translation>इस लीड के साथ नया इंटरैक्शन</translation>
    </message>
    <message>
        <source>Contacts of this lead</source>
        <translation>इस लीड के संपर्क</translation>
    </message>
    <message>
        <source>Add Contact…</source>
        <translation>संपर्क जोड़ें…</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>संपर्क जोड़ें</translation>
    </message>
    <message>
        <source>Edit Contact…</source>
        <translation>संपर्क बदलें…</translation>
    </message>
    <message>
        <source>Edit the selected contact</source>
        <translation>चुना गया संपर्क बदलें</translation>
    </message>
    <message>
        <source>Delete Contact…</source>
        <translation>संपर्क हटाएँ…</translation>
    </message>
    <message>
        <source>Delete the selected contact</source>
        <translation>चुना गया संपर्क हटाएँ</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>संपर्क</translation>
    </message>
    <message>
        <source>Interactions with this lead, newest first</source>
        <translation>इस लीड के साथ इंटरैक्शन, सबसे नया पहले</translation>
    </message>
    <message>
        <source>Interactions (%1)</source>
        <translation>इंटरैक्शन (%1)</translation>
    </message>
    <message>
        <source>Delete Contact</source>
        <translation>संपर्क हटाएँ</translation>
    </message>
    <message>
        <source>Delete %1? Their interactions (%2) will be deleted with them.</source>
        <translation>%1 को हटाएँ? उनके इंटरैक्शन (%2) भी साथ में हट जाएँगे।</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 को हटाएँ?</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>इतिहास…</translation>
    </message>
    <message>
        <source>Show every change of this lead</source>
        <translation>इस लीड का हर बदलाव दिखाएँ</translation>
    </message>
    <message>
        <source>Contact History…</source>
        <translation>संपर्क का इतिहास…</translation>
    </message>
    <message>
        <source>Show every change of the selected contact</source>
        <translation>चुने गए संपर्क का हर बदलाव दिखाएँ</translation>
    </message>
    <message>
        <source>The team server has another version of this lead or of one of its contacts: File &gt; Conflicts.</source>
        <translation>टीम सर्वर के पास इस लीड या इसके किसी संपर्क का दूसरा संस्करण है: फ़ाइल &gt; टकराव।</translation>
    </message>
</context>
<context>
    <name>LeadStatus</name>
    <message>
        <source>New</source>
        <translation>नई</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>संपर्क किया गया</translation>
    </message>
    <message>
        <source>Meeting scheduled</source>
        <translation>मीटिंग तय</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>बातचीत जारी</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>ग्राहक बनी</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>हाथ से गई</translation>
    </message>
</context>
<context>
    <name>LeadStatusDelegate</name>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
</context>
<context>
    <name>LeadTableModel</name>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>City</source>
        <translation>शहर</translation>
    </message>
    <message>
        <source>Last Contact</source>
        <translation>आखिरी इंटरैक्शन</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>इंटरैक्शन</translation>
    </message>
    <message>
        <source>Order Total</source>
        <translation>कुल ऑर्डर राशि</translation>
    </message>
</context>
<context>
    <name>LeadTimelineModel</name>
    <message>
        <source>%1 · %2 with %3</source>
        <translation>%1 · %3 के साथ %2</translation>
    </message>
    <message>
        <source> · order %1</source>
        <translation> · ऑर्डर %1</translation>
    </message>
    <message>
        <source> · order placed</source>
        <translation> · ऑर्डर दिया गया</translation>
    </message>
</context>
<context>
    <name>LeadsView</name>
    <message>
        <source>Find a lead</source>
        <translation>लीड खोजें</translation>
    </message>
    <message>
        <source>Find a lead by name</source>
        <translation>नाम से लीड खोजें</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>लीड</translation>
    </message>
    <message>
        <source>New Lead…</source>
        <translation>नई लीड…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>बदलें…</translation>
    </message>
    <message>
        <source>Edit the selected lead</source>
        <translation>चुनी गई लीड बदलें</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>हटाएँ…</translation>
    </message>
    <message>
        <source>Delete the selected lead</source>
        <translation>चुनी गई लीड हटाएँ</translation>
    </message>
    <message>
        <source>Delete Lead</source>
        <translation>लीड हटाएँ</translation>
    </message>
    <message>
        <source>Delete Lead…</source>
        <translation>लीड हटाएँ…</translation>
    </message>
    <message>
        <source>Show leads of status</source>
        <translation>इस स्थिति वाली लीड दिखाएँ</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>सभी स्थितियाँ</translation>
    </message>
    <message>
        <source>Delete %1? Its contacts (%2) and interactions (%3) will be deleted with it.</source>
        <translation>%1 को हटाएँ? इसके संपर्क (%2) और इंटरैक्शन (%3) भी साथ में हट जाएँगे।</translation>
    </message>
</context>
<context>
    <name>LocalApiServer</name>
    <message>
        <source>A token must be 16 to 256 printable ASCII characters, without spaces.</source>
        <translation>टोकन में 16 से 256 तक छपने लायक ASCII अक्षर होने चाहिए, बिना स्पेस के।</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 — Touchpoint</source>
        <translation>%1 — Touchpoint</translation>
    </message>
    <message>
        <source>&amp;Interactions</source>
        <translation>इंटरैक्शन (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Leads</source>
        <translation>लीड (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;New Interaction…</source>
        <translation>नया इंटरैक्शन (&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Interaction…</source>
        <translation>इंटरैक्शन खोलें (&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Delete Interaction…</source>
        <translation>इंटरैक्शन हटाएँ (&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Find in Details</source>
        <translation>विवरण में खोजें (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>फ़िल्टर हटाएँ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>फिर से करें (&amp;R)</translation>
    </message>
    <message>
        <source>New &amp;Lead…</source>
        <translation>नई लीड (&amp;L)…</translation>
    </message>
    <message>
        <source>Open &amp;Lead&apos;s Page</source>
        <translation>लीड का पेज खोलें (&amp;L)</translation>
    </message>
    <message>
        <source>Load &amp;Sample Data…</source>
        <translation>नमूना डेटा लोड करें (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>सेटिंग्स (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>रीफ़्रेश करें (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बंद करें (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Touchpoint</source>
        <translation>Touchpoint के बारे में (&amp;A)</translation>
    </message>
    <message>
        <source>About Touchpoint</source>
        <translation>Touchpoint के बारे में</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Touchpoint %1&lt;/h3&gt;&lt;p&gt;Log every call, email, meeting, visit and order with the contacts of your leads, at your desk or offline, and share them with other tools through a local REST API.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Touchpoint %1&lt;/h3&gt;&lt;p&gt;अपनी लीड के संपर्कों के साथ हर कॉल, ईमेल, मीटिंग, विज़िट और ऑर्डर दर्ज करें, दफ़्तर में या बिना इंटरनेट के, और लोकल REST API से इन्हें दूसरे टूल्स के साथ साझा करें।&lt;/p&gt;&lt;p&gt;डेटाबेस: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>संपादन (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>दृश्य (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>मुख्य टूलबार</translation>
    </message>
    <message>
        <source>Not Deleted</source>
        <translation>हटाया नहीं गया</translation>
    </message>
    <message>
        <source>No Sample Data</source>
        <translation>नमूना डेटा नहीं जुड़ा</translation>
    </message>
    <message>
        <source>The sample data could not be added: %1</source>
        <translation>नमूना डेटा जोड़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>Added %1 leads, %2 contacts and %3 interactions.</source>
        <translation>%1 लीड, %2 संपर्क और %3 इंटरैक्शन जोड़े गए।</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>अभी बैकअप लें (&amp;B)</translation>
    </message>
    <message>
        <source>R&amp;estore from Backup…</source>
        <translation>बैकअप से बहाल करें (&amp;E)…</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>बैकअप नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>Backup Failed</source>
        <translation>बैकअप नहीं हो सका</translation>
    </message>
    <message>
        <source>The database could not be backed up: %1

Touchpoint tries again later; the status bar says when it fails again.</source>
        <translation>डेटाबेस का बैकअप नहीं लिया जा सका: %1

Touchpoint बाद में फिर कोशिश करेगा; फिर से नाकाम होने पर स्टेटस बार में बताया जाएगा।</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>%1 में बैकअप लिया गया</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>बैकअप से बहाल करें</translation>
    </message>
    <message>
        <source>Put the backup taken %1 in place of the database %2?</source>
        <translation>%1 को लिया गया बैकअप डेटाबेस %2 की जगह रखें?</translation>
    </message>
    <message>
        <source>The database as it is now is first moved into %1 and kept there; nothing is deleted. What was done before the restore can no longer be undone.</source>
        <translation>मौजूदा डेटाबेस पहले %1 में खिसकाकर वहीं रखा जाता है; कुछ भी हटाया नहीं जाता। बहाली से पहले किए गए काम फिर पूर्ववत नहीं किए जा सकेंगे।</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>बहाल करें</translation>
    </message>
    <message>
        <source>Not Restored</source>
        <translation>बहाल नहीं हुआ</translation>
    </message>
    <message>
        <source>%1

The database is as it was.</source>
        <translation>%1

डेटाबेस पहले जैसा ही है।</translation>
    </message>
    <message>
        <source>Database Not Open</source>
        <translation>डेटाबेस नहीं खुला</translation>
    </message>
    <message>
        <source>%1 could not be opened again: %2</source>
        <translation>%1 फिर से खोली नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>Restored the backup. The previous database is kept as %1.</source>
        <translation>बैकअप बहाल किया गया। पिछला डेटाबेस %1 के रूप में रखा गया है।</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>पूर्ववत करें: %1 (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>फिर से करें: %1 (&amp;R)</translation>
    </message>
    <message>
        <source>Status Not Changed</source>
        <translation>स्थिति नहीं बदली गई</translation>
    </message>
    <message>
        <source>Sample data can be loaded only into an empty database, so that it never mixes with your own.</source>
        <translation>नमूना डेटा सिर्फ़ खाली डेटाबेस में लोड किया जा सकता है, ताकि वह कभी आपके अपने डेटा में न मिले।</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>साइन आउट करें (&amp;O)</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>%1 के रूप में साइन इन</translation>
    </message>
    <message>
        <source>Forget the token remembered on this computer and close</source>
        <translation>इस कंप्यूटर पर याद रखा टोकन भूलें और बंद करें</translation>
    </message>
    <message>
        <source>Signed Out</source>
        <translation>साइन आउट हो गया</translation>
    </message>
    <message>
        <source>Your token has been revoked, so the window can no longer write in your name. It closes now; ask for a new token to sign in again.</source>
        <translation>आपका टोकन रद्द कर दिया गया है, इसलिए विंडो अब आपके नाम से नहीं लिख सकती। यह अब बंद हो रही है; फिर से साइन इन करने के लिए नया टोकन माँगें।</translation>
    </message>
    <message>
        <source>&amp;Team Server…</source>
        <translation>टीम सर्वर (&amp;T)…</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>अभी सिंक करें (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>टकराव (&amp;C)…</translation>
    </message>
    <message>
        <source>This file is a replica of the team server: %1</source>
        <translation>यह फ़ाइल टीम सर्वर की प्रतिकृति है: %1</translation>
    </message>
    <message>
        <source>This file works alone; it can join the team&apos;s server.</source>
        <translation>यह फ़ाइल अकेले काम करती है; यह टीम के सर्वर से जुड़ सकती है।</translation>
    </message>
</context>
<context>
    <name>PostgresUri</name>
    <message>
        <source>The database is on a PostgreSQL server: Touchpoint&apos;s own backups are copies of a file. Back it up with pg_dump and restore it with pg_restore (see docs/team-server.md).</source>
        <translation>डेटाबेस एक PostgreSQL सर्वर पर है: Touchpoint के अपने बैकअप किसी फ़ाइल की कॉपी होते हैं। इसका बैकअप pg_dump से लें और pg_restore से बहाल करें (docs/team-server.md देखें)।</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>सब चुनें (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>एक बढ़ाएँ (&amp;S)</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>एक घटाएँ (&amp;D)</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>ठीक है (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सहेजें (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>रद्द करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>बंद करें (&amp;C)</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>सहेजे बिना बंद करें</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>फिर से करें (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>काटें (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>चिपकाएँ (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>सब चुनें</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>विवरण दिखाएँ...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>विवरण छिपाएँ...</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>सभी सहेजें</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>हाँ (&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>सभी के लिए हाँ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>नहीं (&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>सभी के लिए नहीं (&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>फिर कोशिश करें</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>अनदेखा करें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>छोड़ दें</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>सहायता</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>रीसेट करें</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>डिफ़ॉल्ट पर लौटाएँ</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>फिर से करें (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>काटें (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>लिंक का पता कॉपी करें (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>चिपकाएँ (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>सब चुनें</translation>
    </message>
</context>
<context>
    <name>RecordChooser</name>
    <message>
        <source>Which One?</source>
        <translation>इनमें से कौन?</translation>
    </message>
    <message>
        <source>More than one is named “%1”. Which one do you mean?</source>
        <translation>“%1” नाम के एक से ज़्यादा रिकॉर्ड हैं। आपका मतलब किससे है?</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>बिना सहेजे बदलाव</translation>
    </message>
    <message>
        <source>Save the changes made in this window?</source>
        <translation>इस विंडो में किए गए बदलाव सहेजें?</translation>
    </message>
    <message>
        <source>Discard throws them away; Keep Editing goes back to them.</source>
        <translation>“छोड़ दें” उन्हें मिटा देता है; “बदलाव जारी रखें” आपको वापस उन पर ले जाता है।</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>बदलाव जारी रखें (&amp;K)</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>सहेजा नहीं गया</translation>
    </message>
</context>
<context>
    <name>RecordHistoryDialog</name>
    <message>
        <source>History of the Interaction</source>
        <translation>इंटरैक्शन का इतिहास</translation>
    </message>
    <message>
        <source>Changes, oldest first</source>
        <translation>बदलाव, सबसे पुराने पहले</translation>
    </message>
    <message>
        <source>History of the Lead</source>
        <translation>लीड का इतिहास</translation>
    </message>
    <message>
        <source>History of the Contact</source>
        <translation>संपर्क का इतिहास</translation>
    </message>
    <message>
        <source>A change names its person when one was signed in at the window or sent their own token to the API. Changes before the history was kept are not shown.</source>
        <translation>जब कोई व्यक्ति विंडो में साइन इन था या उसने API को अपना टोकन भेजा, तो बदलाव उसका नाम बताता है। इतिहास रखे जाने से पहले के बदलाव नहीं दिखाए जाते।</translation>
    </message>
</context>
<context>
    <name>RecordHistoryModel</name>
    <message>
        <source>Lead</source>
        <translation>लीड</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>संपर्क</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation>ऑर्डर दिया गया</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <comment>field: from → to</comment>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field: value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(नाम नहीं)</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>दर्ज</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>हटाया गया</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>बदला गया</translation>
    </message>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>किसने</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>बदलाव</translation>
    </message>
    <message>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <source>Total price</source>
        <translation>कुल कीमत</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>ऑर्डर की तारीख</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>City</source>
        <translation>शहर</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>नोट्स</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>पद</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>जोड़ा गया</translation>
    </message>
    <message>
        <source>%1 (made offline %2)</source>
        <comment>reached the server (made on a laptop)</comment>
        <translation>%1 (ऑफ़लाइन बनाया गया %2)</translation>
    </message>
</context>
<context>
    <name>RecordLabels</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (no. %2)</source>
        <translation>%1 (क्र. %2)</translation>
    </message>
</context>
<context>
    <name>ReplicaSync</name>
    <message>
        <source>Cancelled; what was done is kept, and the next run goes on from there.</source>
        <translation>रद्द किया गया; जो हुआ वह रखा गया है, और अगली बार वहीं से आगे चलेगा।</translation>
    </message>
    <message>
        <source>In step: sent %1, received %2.</source>
        <translation>एक जैसा: %1 भेजे, %2 पाए।</translation>
    </message>
    <message>
        <source>The server refused the token: %1</source>
        <translation>सर्वर ने टोकन अस्वीकार किया: %1</translation>
    </message>
    <message>
        <source>The server refused this replica: %1</source>
        <translation>सर्वर ने यह प्रतिकृति अस्वीकार की: %1</translation>
    </message>
    <message>
        <source>The server answered %1: %2</source>
        <translation>सर्वर का उत्तर %1: %2</translation>
    </message>
    <message>
        <source>This file is already a replica of %1.</source>
        <translation>यह फ़ाइल पहले से %1 की प्रतिकृति है।</translation>
    </message>
    <message>
        <source>This file began joining %1; finish that with the same address.</source>
        <translation>इस फ़ाइल ने %1 से जुड़ना शुरू किया था; उसे उसी पते से पूरा करें।</translation>
    </message>
    <message>
        <source>This file is no replica: join a server first (touchpoint join).</source>
        <translation>यह फ़ाइल प्रतिकृति नहीं है: पहले किसी सर्वर से जुड़ें (touchpoint join)।</translation>
    </message>
    <message>
        <source>The server&apos;s answer to a batch was not whole; nothing of it was written, and the batch goes again next time.</source>
        <translation>किसी बैच का सर्वर का उत्तर पूरा नहीं था; उसका कुछ भी नहीं लिखा गया, और बैच अगली बार फिर जाएगा।</translation>
    </message>
    <message>
        <source>The server keeps schema version %1 and this Touchpoint %2: update the side that is older.</source>
        <translation>सर्वर स्कीमा संस्करण %1 रखता है और यह Touchpoint %2: जो पक्ष पुराना है उसे अपडेट करें।</translation>
    </message>
    <message>
        <source>The server&apos;s history was replaced (restored from a backup) since this file joined: join again with a new file.</source>
        <translation>इस फ़ाइल के जुड़ने के बाद सर्वर का इतिहास बदल दिया गया (बैकअप से पुनर्स्थापित): नई फ़ाइल से फिर से जुड़ें।</translation>
    </message>
    <message>
        <source>Sent %1, received %2; a conflict waits for a person.</source>
        <translation>भेजे गए %1, प्राप्त %2; एक टकराव किसी व्यक्ति की प्रतीक्षा में है।</translation>
    </message>
    <message>
        <source>Sent %1, received %2; %3 conflicts wait for a person.</source>
        <translation>भेजे गए %1, प्राप्त %2; %3 टकराव किसी व्यक्ति की प्रतीक्षा में हैं।</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Puts a backup in place of the Touchpoint database. Without --yes it only says what it would do. The database file that is there now is moved into the backups folder, never deleted. Close the window and stop `touchpoint serve` on the file first.</source>
        <translation>Touchpoint डेटाबेस की जगह बैकअप रखता है। --yes के बिना सिर्फ़ बताता है कि क्या करेगा। अभी मौजूद डेटाबेस फ़ाइल बैकअप फ़ोल्डर में खिसका दी जाती है, कभी हटाई नहीं जाती। पहले विंडो बंद करें और उस फ़ाइल पर चल रहा `touchpoint serve` रोकें।</translation>
    </message>
    <message>
        <source>The backup file to restore, or &quot;latest&quot; for the newest backup of the database.</source>
        <translation>बहाल की जाने वाली बैकअप फ़ाइल, या डेटाबेस के सबसे नए बैकअप के लिए &quot;latest&quot;।</translation>
    </message>
    <message>
        <source>Restore into the Touchpoint database at &lt;path&gt; (default %1).</source>
        <translation>&lt;पथ&gt; पर रखे Touchpoint डेटाबेस में बहाल करें (डिफ़ॉल्ट %1)।</translation>
    </message>
    <message>
        <source>path</source>
        <translation>पथ</translation>
    </message>
    <message>
        <source>Do it, without asking.</source>
        <translation>बिना पूछे कर दें।</translation>
    </message>
    <message>
        <source>Name the backup to restore.</source>
        <translation>बहाल करने के लिए बैकअप का नाम दें।</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>अनपेक्षित आर्ग्युमेंट &quot;%1&quot;।</translation>
    </message>
    <message>
        <source>The backups of %1, newest first:
</source>
        <translation>%1 के बैकअप, सबसे नया पहले:
</translation>
    </message>
    <message>
        <source>There are no backups of %1 in %2.
</source>
        <translation>%2 में %1 का कोई बैकअप नहीं है।
</translation>
    </message>
    <message>
        <source>There is no backup file %1.
</source>
        <translation>बैकअप फ़ाइल %1 मौजूद नहीं है।
</translation>
    </message>
    <message>
        <source>%1 is the database itself.
</source>
        <translation>%1 खुद डेटाबेस है।
</translation>
    </message>
    <message>
        <source>This would put the backup
  %1 (%2, last changed %3)
in place of the database
  %4
</source>
        <translation>इससे यह बैकअप
  %1 (%2, आखिरी बदलाव %3)
इस डेटाबेस की जगह रखा जाएगा
  %4
</translation>
    </message>
    <message>
        <source>The database as it is now would first be moved into %1; nothing is deleted.
</source>
        <translation>मौजूदा डेटाबेस पहले %1 में खिसकाया जाएगा; कुछ भी हटाया नहीं जाता।
</translation>
    </message>
    <message>
        <source>Nothing was changed. Run the same command with --yes to do it.
</source>
        <translation>कुछ भी नहीं बदला गया। ऐसा करने के लिए यही कमांड --yes के साथ चलाएँ।
</translation>
    </message>
    <message>
        <source>Restored %1 to %2.
</source>
        <translation>%1 को %2 में बहाल किया गया।
</translation>
    </message>
    <message>
        <source>The database that was there is kept as %1.
</source>
        <translation>वहाँ पहले से मौजूद डेटाबेस %1 के रूप में रखा गया है।
</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Scheduled</source>
        <translation>निर्धारित</translation>
    </message>
    <message>
        <source>Backed up by hand</source>
        <translation>मैन्युअल रूप से लिया गया</translation>
    </message>
    <message>
        <source>Before an update of the file</source>
        <translation>फ़ाइल अपडेट होने से पहले</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>बहाली के समय अलग रखी गई</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>बैकअप से बहाल करें</translation>
    </message>
    <message>
        <source>There are no backups of this database yet in %1.</source>
        <translation>%1 में अभी इस डेटाबेस का कोई बैकअप नहीं है।</translation>
    </message>
    <message>
        <source>Choose the backup to put in place of the database. The database as it is now is kept in %1; nothing is deleted.</source>
        <translation>डेटाबेस की जगह रखने के लिए बैकअप चुनें। मौजूदा डेटाबेस %1 में रखा जाएगा; कुछ भी हटाया नहीं जाता।</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>बैकअप</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>कब लिया गया</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>बहाल करें (&amp;R)…</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>A valid integer is required.</source>
        <translation>सही पूर्णांक चाहिए।</translation>
    </message>
    <message>
        <source>Invalid data. Expected a dictionary, but got %1.</source>
        <translation>गलत डेटा। डिक्शनरी चाहिए थी, पर %1 मिला।</translation>
    </message>
    <message>
        <source>A contact with interactions cannot move to another lead.</source>
        <translation>जिस संपर्क के इंटरैक्शन हैं, उसे दूसरी लीड में नहीं ले जाया जा सकता।</translation>
    </message>
    <message>
        <source>This field may not be null.</source>
        <translation>यह फ़ील्ड null नहीं हो सकता।</translation>
    </message>
    <message>
        <source>Incorrect type. Expected pk value, received %1.</source>
        <translation>गलत प्रकार। pk मान चाहिए था, पर %1 मिला।</translation>
    </message>
    <message>
        <source>Not a valid string.</source>
        <translation>यह सही स्ट्रिंग नहीं है।</translation>
    </message>
    <message>
        <source>Null characters are not allowed.</source>
        <translation>Null अक्षरों की अनुमति नहीं है।</translation>
    </message>
    <message>
        <source>Must be a valid boolean.</source>
        <translation>सही बूलियन मान होना चाहिए।</translation>
    </message>
    <message>
        <source>Datetime has wrong format. Use YYYY-MM-DDThh:mm[:ss[.uuuuuu]] followed by Z, +HH:MM or -HH:MM, such as 2024-12-24T15:30:00Z.</source>
        <translation>तारीख-समय का फ़ॉर्मैट गलत है। YYYY-MM-DDThh:mm[:ss[.uuuuuu]] के बाद Z, +HH:MM या -HH:MM लिखें, जैसे 2024-12-24T15:30:00Z।</translation>
    </message>
    <message>
        <source>A valid number is required.</source>
        <translation>सही संख्या चाहिए।</translation>
    </message>
    <message>
        <source>Ensure that there are no more than 2 decimal places.</source>
        <translation>दशमलव के बाद 2 से ज़्यादा अंक न हों।</translation>
    </message>
    <message>
        <source>Ensure that there are no more than 10 digits in total.</source>
        <translation>कुल मिलाकर 10 से ज़्यादा अंक न हों।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid choice.</source>
        <translation>&quot;%1&quot; सही विकल्प नहीं है।</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>यह फ़ील्ड ज़रूरी है।</translation>
    </message>
    <message>
        <source>This field may not be blank.</source>
        <translation>यह फ़ील्ड खाली नहीं छोड़ा जा सकता।</translation>
    </message>
    <message>
        <source>Ensure this field has no more than %1 characters.</source>
        <translation>इस फ़ील्ड में %1 से ज़्यादा अक्षर न हों।</translation>
    </message>
    <message>
        <source>Invalid pk &quot;%1&quot; - object does not exist.</source>
        <translation>गलत pk &quot;%1&quot; - ऐसा कोई रिकॉर्ड मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Enter a valid email address.</source>
        <translation>सही ईमेल पता लिखें।</translation>
    </message>
    <message>
        <source>Contact %1 does not belong to lead %2.</source>
        <translation>संपर्क %1 लीड %2 का नहीं है।</translation>
    </message>
    <message>
        <source>Ensure this value is greater than or equal to 1.</source>
        <translation>यह मान 1 या उससे ज़्यादा होना चाहिए।</translation>
    </message>
    <message>
        <source>Ensure this value is less than or equal to %1.</source>
        <translation>यह मान %1 या उससे कम होना चाहिए।</translation>
    </message>
    <message>
        <source>Ensure this value is greater than or equal to 0.</source>
        <translation>यह मान 0 या उससे ज़्यादा होना चाहिए।</translation>
    </message>
    <message>
        <source>No lead has that name.</source>
        <translation>इस नाम की कोई लीड नहीं है।</translation>
    </message>
    <message>
        <source>No contact of this lead has that name.</source>
        <translation>इस लीड का इस नाम का कोई संपर्क नहीं है।</translation>
    </message>
    <message>
        <source>Enter an amount with at most two decimals, such as 1250.50.</source>
        <translation>दशमलव के बाद ज़्यादा से ज़्यादा दो अंकों वाली रकम लिखें, जैसे 1250.50।</translation>
    </message>
    <message>
        <source>The contact has interactions.</source>
        <translation>इस संपर्क के इंटरैक्शन मौजूद हैं।</translation>
    </message>
    <message>
        <source>The lead has contacts.</source>
        <translation>इस लीड के संपर्क मौजूद हैं।</translation>
    </message>
    <message>
        <source>Enter a phone number: digits, perhaps with + ( ) - . and spaces.</source>
        <translation>फ़ोन नंबर लिखें: अंक, चाहें तो + ( ) - . और स्पेस के साथ।</translation>
    </message>
    <message>
        <source>Choose a lead, or add a new one.</source>
        <translation>कोई लीड चुनें, या नई लीड जोड़ें।</translation>
    </message>
    <message>
        <source>Choose a contact, or add a new one.</source>
        <translation>कोई संपर्क चुनें, या नया संपर्क जोड़ें।</translation>
    </message>
    <message>
        <source>Type the amount as a number, such as 1250.50.</source>
        <translation>राशि संख्या में लिखें, जैसे 1250.50।</translation>
    </message>
    <message>
        <source>This is too large: the most is %1.</source>
        <translation>यह बहुत बड़ा है: ज़्यादा से ज़्यादा %1 हो सकता है।</translation>
    </message>
    <message>
        <source>Enter a date and time, such as %1.</source>
        <translation>तारीख और समय लिखें, जैसे %1।</translation>
    </message>
    <message>
        <source>Enter a date, such as %1.</source>
        <translation>तारीख लिखें, जैसे %1।</translation>
    </message>
    <message>
        <source>Type the date as %1 or %2.</source>
        <translation>तारीख %1 या %2 की तरह लिखें।</translation>
    </message>
    <message>
        <source>Type the date as %1.</source>
        <translation>तारीख %1 की तरह लिखें।</translation>
    </message>
    <message>
        <source>There is no month %1.</source>
        <translation>महीना %1 होता ही नहीं।</translation>
    </message>
    <message>
        <source>There is no day %1 in %2.</source>
        <translation>%2 में %1 तारीख नहीं होती।</translation>
    </message>
    <message>
        <source>There is no time %1 in a day.</source>
        <translation>दिन में %1 जैसा कोई समय नहीं होता।</translation>
    </message>
    <message>
        <source>Type a date without a time, such as %1.</source>
        <translation>समय के बिना सिर्फ़ तारीख लिखें, जैसे %1।</translation>
    </message>
    <message>
        <source>More than one lead has that name: choose one.</source>
        <translation>इस नाम की एक से ज़्यादा लीड हैं: उनमें से एक चुनें।</translation>
    </message>
    <message>
        <source>More than one contact has that name: choose one.</source>
        <translation>इस नाम के एक से ज़्यादा संपर्क हैं: उनमें से एक चुनें।</translation>
    </message>
    <message>
        <source>A name may not hold line breaks or other control characters.</source>
        <translation>नाम में पंक्ति-विराम या अन्य नियंत्रण वर्ण नहीं हो सकते।</translation>
    </message>
    <message>
        <source>Someone named &quot;%1&quot; is already there.</source>
        <translation>&quot;%1&quot; नाम का कोई पहले से मौजूद है।</translation>
    </message>
    <message>
        <source>The record is no longer there.</source>
        <translation>यह रिकॉर्ड अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>A record made on a replica takes an id of one of its own blocks.</source>
        <translation>रेप्लिका पर बने रिकॉर्ड की आईडी उसके अपने किसी ब्लॉक से होनी चाहिए।</translation>
    </message>
    <message>
        <source>Ensure this field has no more than %1 elements.</source>
        <translation>इस फ़ील्ड में %1 से ज़्यादा तत्व न हों।</translation>
    </message>
    <message>
        <source>Every change names its record&apos;s id.</source>
        <translation>हर बदलाव में उसके रिकॉर्ड की आईडी होनी चाहिए।</translation>
    </message>
    <message>
        <source>Expected a list of changes.</source>
        <translation>बदलावों की सूची अपेक्षित थी।</translation>
    </message>
    <message>
        <source>Change %1 needs a kind (lead, contact or interaction) and a positive id.</source>
        <translation>बदलाव %1 में प्रकार (lead, contact या interaction) और एक धनात्मक आईडी होनी चाहिए।</translation>
    </message>
    <message>
        <source>Change %1&apos;s base and mine are each an object or null.</source>
        <translation>बदलाव %1 के base और mine दोनों या तो ऑब्जेक्ट हों या null।</translation>
    </message>
    <message>
        <source>Change %1&apos;s made_at is not an ISO 8601 time.</source>
        <translation>बदलाव %1 का made_at ISO 8601 समय नहीं है।</translation>
    </message>
    <message>
        <source>No block of ids is left for replicas.</source>
        <translation>रेप्लिका के लिए आईडी का कोई ब्लॉक नहीं बचा है।</translation>
    </message>
    <message>
        <source>Select a valid choice. That choice is not one of the available choices.</source>
        <translation>मान्य विकल्प चुनें। वह विकल्प उपलब्ध विकल्पों में से नहीं है।</translation>
    </message>
    <message>
        <source>The server deleted this record: only its side can be taken here.</source>
        <translation>सर्वर ने यह रिकॉर्ड हटा दिया है: यहाँ केवल उसका पक्ष लिया जा सकता है।</translation>
    </message>
    <message>
        <source>A replica is a SQLite file of its own.</source>
        <translation>प्रतिकृति अपनी अलग SQLite फ़ाइल होती है।</translation>
    </message>
    <message>
        <source>This file is already a replica of a server.</source>
        <translation>यह फ़ाइल पहले से किसी सर्वर की प्रतिकृति है।</translation>
    </message>
    <message>
        <source>This file holds more records of a kind than the blocks of ids the server granted.</source>
        <translation>इस फ़ाइल में किसी एक प्रकार के रिकॉर्ड, सर्वर द्वारा दिए गए आईडी ब्लॉकों से अधिक हैं।</translation>
    </message>
    <message>
        <source>The server has this record: resolve its fields.</source>
        <translation>सर्वर के पास यह रिकॉर्ड है: इसके फ़ील्ड सुलझाएँ।</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Serves Touchpoint&apos;s REST API (the interaction tracking API) with no window, until stopped with Ctrl+C or SIGTERM.</source>
        <translation>Touchpoint का REST API (इंटरैक्शन ट्रैकिंग API) बिना विंडो के चलाता है, जब तक Ctrl+C या SIGTERM से रोका न जाए।</translation>
    </message>
    <message>
        <source>Run the REST API server.</source>
        <translation>REST API सर्वर चलाएँ।</translation>
    </message>
    <message>
        <source>Listen on &lt;address&gt; (default 127.0.0.1).</source>
        <translation>&lt;पता&gt; पर सुनें (डिफ़ॉल्ट 127.0.0.1)।</translation>
    </message>
    <message>
        <source>address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>Listen on &lt;port&gt;; 0 picks a free one (default 8000).</source>
        <translation>&lt;पोर्ट&gt; पर सुनें; 0 देने पर कोई खाली पोर्ट चुना जाता है (डिफ़ॉल्ट 8000)।</translation>
    </message>
    <message>
        <source>port</source>
        <translation>पोर्ट</translation>
    </message>
    <message>
        <source>path</source>
        <translation>पथ</translation>
    </message>
    <message>
        <source>Do not log requests.</source>
        <translation>अनुरोधों का लॉग न रखें।</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>अनपेक्षित आर्ग्युमेंट &quot;%1&quot;।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address to listen on.</source>
        <translation>&quot;%1&quot; सुनने लायक IP पता नहीं है।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number (0 to 65535).</source>
        <translation>&quot;%1&quot; पोर्ट नंबर नहीं है (0 से 65535)।</translation>
    </message>
    <message>
        <source>Cannot watch for SIGINT and SIGTERM: %1</source>
        <translation>SIGINT और SIGTERM पर नज़र नहीं रखी जा सकी: %1</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>%1 पर सुना नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>Touchpoint %1 serves the REST API at %2 (database %3). Stop it with Ctrl+C.</source>
        <translation>Touchpoint %1 REST API को %2 पर चला रहा है (डेटाबेस %3)। रोकने के लिए Ctrl+C दबाएँ।</translation>
    </message>
    <message>
        <source>Stopping on %1.</source>
        <translation>%1 मिलने पर रुक रहा है।</translation>
    </message>
    <message>
        <source>Require &quot;Authorization: Token &lt;key&gt;&quot; with the key in &lt;file&gt; (else the TOUCHPOINT_API_TOKEN environment variable; without either, no token). A token is needed to listen on an address other than loopback.</source>
        <translation>&quot;Authorization: Token &lt;key&gt;&quot; ज़रूरी करें, जिसकी key &lt;फ़ाइल&gt; में हो (वरना TOUCHPOINT_API_TOKEN एनवायरनमेंट वेरिएबल में; दोनों न हों तो टोकन की ज़रूरत नहीं)। loopback के अलावा किसी दूसरे पते पर सुनने के लिए टोकन ज़रूरी है।</translation>
    </message>
    <message>
        <source>file</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>Keep up to &lt;MiB&gt; of answers to list requests until the data changes (default 32; 0 keeps none).</source>
        <translation>सूची अनुरोधों के उत्तर, डेटा बदलने तक, अधिकतम &lt;MiB&gt; तक रखें (डिफ़ॉल्ट 32; 0 पर कुछ नहीं रखा जाता)।</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a size in MiB (0 to 4096).</source>
        <translation>&quot;%1&quot; MiB में कोई आकार नहीं है (0 से 4096)।</translation>
    </message>
    <message>
        <source>Cannot set up %1.</source>
        <translation>%1 तैयार नहीं की जा सकी।</translation>
    </message>
    <message>
        <source>Answer in &lt;n&gt; processes on the one port, each with its own connection to the database (default 1).</source>
        <translation>एक ही पोर्ट पर &lt;n&gt; प्रोसेस में जवाब दें, हर एक का डेटाबेस से अपना कनेक्शन (डिफ़ॉल्ट 1)।</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of workers (1 to %2).</source>
        <translation>&quot;%1&quot; वर्कर की कोई संख्या नहीं है (1 से %2)।</translation>
    </message>
    <message>
        <source>Touchpoint %1 serves the REST API at %2 (database %3) in %4 worker processes (%5). Stop it with Ctrl+C.</source>
        <translation>Touchpoint %1 REST API %2 पर %4 वर्कर प्रोसेस (%5) में चला रहा है (डेटाबेस %3)। इसे Ctrl+C से रोकें।</translation>
    </message>
    <message>
        <source>%1 Worker process %2 takes its place.</source>
        <translation>%1 उसकी जगह वर्कर प्रोसेस %2 ले रहा है।</translation>
    </message>
    <message>
        <source>Not every worker process stopped cleanly.</source>
        <translation>सभी वर्कर प्रोसेस ठीक से नहीं रुके।</translation>
    </message>
    <message>
        <source>Use the Touchpoint database at &lt;path&gt;: %1. Default %2.</source>
        <translation>&lt;पथ&gt; पर रखा Touchpoint डेटाबेस इस्तेमाल करें: %1। डिफ़ॉल्ट %2।</translation>
    </message>
    <message>
        <source>Serve HTTPS with the certificate in &lt;file&gt; (PEM; the server&apos;s certificate first, then any intermediate ones). Needs --tls-key.</source>
        <translation>&lt;file&gt; के प्रमाणपत्र के साथ HTTPS परोसें (PEM; पहले सर्वर का प्रमाणपत्र, फिर कोई मध्यवर्ती प्रमाणपत्र)। --tls-key आवश्यक है।</translation>
    </message>
    <message>
        <source>The private key of --tls-cert&apos;s certificate, in &lt;file&gt; (PEM, RSA or EC, not encrypted).</source>
        <translation>--tls-cert के प्रमाणपत्र की निजी कुंजी, &lt;file&gt; में (PEM, RSA या EC, एन्क्रिप्ट न की गई)।</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key are given together.</source>
        <translation>--tls-cert और --tls-key एक साथ दिए जाते हैं।</translation>
    </message>
    <message>
        <source>--insecure-http is for serving without TLS, not with it.</source>
        <translation>--insecure-http TLS के बिना परोसने के लिए है, उसके साथ नहीं।</translation>
    </message>
    <message>
        <source>Serve plain HTTP behind a reverse proxy that does TLS, also on an address other than loopback, and believe its X-Forwarded-Proto header. Without TLS or this, only loopback is served.</source>
        <translation>TLS करने वाले रिवर्स प्रॉक्सी के पीछे सादा HTTP परोसें, लूपबैक के अलावा किसी पते पर भी, और उसके X-Forwarded-Proto हेडर पर भरोसा करें। TLS या इसके बिना केवल लूपबैक पर परोसा जाता है।</translation>
    </message>
</context>
<context>
    <name>ServeWorkerPool</name>
    <message>
        <source>A worker process could not be started: %1.</source>
        <translation>एक वर्कर प्रोसेस शुरू नहीं हो सका: %1।</translation>
    </message>
    <message>
        <source>Worker process %1 was ended by a signal.</source>
        <translation>वर्कर प्रोसेस %1 को एक सिग्नल ने बंद कर दिया।</translation>
    </message>
    <message>
        <source>Worker process %1 ended with exit code %2.</source>
        <translation>वर्कर प्रोसेस %1 एग्ज़िट कोड %2 के साथ बंद हुआ।</translation>
    </message>
    <message>
        <source>%1 It had not begun to serve.</source>
        <translation>%1 उसने अभी सेवा देना शुरू नहीं किया था।</translation>
    </message>
    <message>
        <source>Worker processes ended %1 times within a minute. %2</source>
        <translation>एक मिनट के भीतर वर्कर प्रोसेस %1 बार बंद हुए। %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>The system&apos;s language</source>
        <translation>सिस्टम की भाषा</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>A new language shows when Touchpoint starts again.</source>
        <translation>नई भाषा Touchpoint को दोबारा शुरू करने पर दिखेगी।</translation>
    </message>
    <message>
        <source>&amp;Run the REST API while this window is open</source>
        <translation>यह विंडो खुली रहने तक REST API चलाएँ (&amp;R)</translation>
    </message>
    <message>
        <source>REST API port</source>
        <translation>REST API पोर्ट</translation>
    </message>
    <message>
        <source>Other tools on this computer can then read and write interactions at http://127.0.0.1:&lt;port&gt;/track/. Only this computer can connect.</source>
        <translation>तब इस कंप्यूटर के दूसरे टूल http://127.0.0.1:&lt;port&gt;/track/ पर इंटरैक्शन पढ़ और लिख सकेंगे। सिर्फ़ यही कंप्यूटर कनेक्ट कर सकता है।</translation>
    </message>
    <message>
        <source>This build of Touchpoint has no REST API.</source>
        <translation>Touchpoint के इस बिल्ड में REST API नहीं है।</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>पोर्ट (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>भाषा (&amp;L):</translation>
    </message>
    <message>
        <source>REST API token</source>
        <translation>REST API टोकन</translation>
    </message>
    <message>
        <source>None: any program on this computer may connect</source>
        <translation>कोई नहीं: इस कंप्यूटर का कोई भी प्रोग्राम कनेक्ट कर सकता है</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>टोकन</translation>
    </message>
    <message>
        <source>With a token, every request must carry the header &quot;Authorization: Token &lt;token&gt;&quot;.</source>
        <translation>टोकन होने पर हर अनुरोध में &quot;Authorization: Token &lt;token&gt;&quot; हेडर होना ज़रूरी है।</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>टोकन (&amp;T):</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>बैकअप</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>डेटाबेस का बैकअप लें</translation>
    </message>
    <message>
        <source>Never by itself</source>
        <translation>अपने-आप कभी नहीं</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>हर दिन</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>हर हफ़्ते</translation>
    </message>
    <message>
        <source>Scheduled backups kept</source>
        <translation>रखे जाने वाले निर्धारित बैकअप</translation>
    </message>
    <message>
        <source>Older scheduled backups are deleted; those taken by hand or before an update are kept.</source>
        <translation>पुराने निर्धारित बैकअप हटा दिए जाते हैं; मैन्युअल रूप से या अपडेट से पहले लिए गए बैकअप रखे जाते हैं।</translation>
    </message>
    <message>
        <source>&amp;Back up:</source>
        <translation>बैकअप कब लें (&amp;B):</translation>
    </message>
    <message>
        <source>Scheduled backups &amp;kept:</source>
        <translation>रखे जाने वाले निर्धारित बैकअप (&amp;K):</translation>
    </message>
    <message>
        <source>Backups are kept in %1. Older scheduled backups are deleted; those taken by hand or before an update are kept.</source>
        <translation>बैकअप %1 में रखे जाते हैं। पुराने निर्धारित बैकअप हटा दिए जाते हैं; मैन्युअल रूप से या अपडेट से पहले लिए गए बैकअप रखे जाते हैं।</translation>
    </message>
    <message>
        <source>Connecting other programs (REST API)</source>
        <translation>दूसरे प्रोग्राम से जुड़ाव (REST API)</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>टीम सर्वर</translation>
    </message>
    <message>
        <source>T&amp;eam Server…</source>
        <translation>टीम सर्वर (&amp;E)…</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation>साइन इन</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>टोकन</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>दिखाएँ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>इस कंप्यूटर पर याद रखें (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>टोकन (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>साइन इन करें (&amp;S)</translation>
    </message>
    <message>
        <source>This database is shared by a team. Sign in with the token that &quot;touchpoint users add&quot; gave you: what you write is then recorded as yours.</source>
        <translation>यह डेटाबेस एक टीम का साझा डेटाबेस है। &quot;touchpoint users add&quot; से मिले टोकन से साइन इन करें: तब आप जो लिखेंगे, वह आपके नाम से दर्ज होगा।</translation>
    </message>
    <message>
        <source>%1 is shared by a team. Sign in with the token that &quot;touchpoint users add&quot; gave you: what you write is then recorded as yours.</source>
        <translation>%1 एक टीम का साझा डेटाबेस है। &quot;touchpoint users add&quot; से मिले टोकन से साइन इन करें: तब आप जो लिखेंगे, वह आपके नाम से दर्ज होगा।</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>One round between a replica (touchpoint join) and its team server: sends what was written here, then writes what changed on the server. Prints one line; exits 0 when in step, 3 when conflicts wait for a person, 1 on an error (the server unreachable, the token refused, a server of another version). What waits to be sent stays in the file until the server has answered it.</source>
        <translation>प्रतिकृति (touchpoint join) और उसके टीम सर्वर के बीच एक दौर: यहाँ लिखा गया भेजता है, फिर सर्वर पर जो बदला वह लिखता है। एक पंक्ति छापता है; एक जैसा होने पर 0 से, किसी व्यक्ति की प्रतीक्षा में टकराव होने पर 3 से, और त्रुटि (सर्वर तक न पहुँचना, टोकन अस्वीकार, दूसरे संस्करण का सर्वर) पर 1 से समाप्त होता है। जो भेजा जाना बाकी है वह फ़ाइल में तब तक रहता है जब तक सर्वर उसका उत्तर न दे दे।</translation>
    </message>
    <message>
        <source>The replica&apos;s file (default %1).</source>
        <translation>प्रतिकृति की फ़ाइल (डिफ़ॉल्ट %1)।</translation>
    </message>
    <message>
        <source>file</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.
</source>
        <translation>अनपेक्षित तर्क &quot;%1&quot;।
</translation>
    </message>
</context>
<context>
    <name>SyncConnection</name>
    <message>
        <source>Cancelled.</source>
        <translation>रद्द किया गया।</translation>
    </message>
    <message>
        <source>The server at %1 did not answer within %2 s.</source>
        <translation>%1 पर सर्वर ने %2 सेकंड में उत्तर नहीं दिया।</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: %2</source>
        <translation>%1 पर सर्वर तक नहीं पहुँच सके: %2</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <source>Sync: status unknown</source>
        <translation>सिंक: स्थिति अज्ञात</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>%1 से ऑफ़लाइन</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 टकराव</translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n टकराव</numerusform>
            <numerusform>%n टकराव</numerusform>
        </translation>
    </message>
    <message>
        <source>1 change waiting</source>
        <translation>1 बदलाव बाकी</translation>
    </message>
    <message numerus="yes">
        <source>%n changes waiting</source>
        <translation>
            <numerusform>%n बदलाव बाकी</numerusform>
            <numerusform>%n बदलाव बाकी</numerusform>
        </translation>
    </message>
    <message>
        <source>In step</source>
        <translation>एक जैसा</translation>
    </message>
    <message>
        <source>Click to decide the conflicts</source>
        <translation>टकराव सुलझाने के लिए क्लिक करें</translation>
    </message>
    <message>
        <source>Last round with the team server: %1</source>
        <translation>टीम सर्वर के साथ पिछला दौर: %1</translation>
    </message>
</context>
<context>
    <name>TeamServerDialog</name>
    <message>
        <source>Team Server</source>
        <translation>टीम सर्वर</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>सर्वर का पता</translation>
    </message>
    <message>
        <source>Your token</source>
        <translation>आपका टोकन</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>जुड़ें (&amp;J)</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>सर्वर का पता (&amp;A):</translation>
    </message>
    <message>
        <source>Your &amp;token:</source>
        <translation>आपका टोकन (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>अभी सिंक करें (&amp;S)</translation>
    </message>
    <message>
        <source>This file is a replica of:</source>
        <translation>यह फ़ाइल इसकी प्रतिकृति है:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>स्थिति:</translation>
    </message>
    <message>
        <source>Downloading from the team server: %1 records so far.</source>
        <translation>टीम सर्वर से डाउनलोड हो रहा है: अब तक %1 रिकॉर्ड।</translation>
    </message>
    <message>
        <source>Joining was cancelled. What was downloaded is kept: Join again with the same address to go on where it stopped.</source>
        <translation>जुड़ना रद्द किया गया। जो डाउनलोड हुआ वह रखा गया है: जहाँ रुका था वहीं से आगे बढ़ने के लिए उसी पते से फिर से जुड़ें।</translation>
    </message>
    <message>
        <source>Not joined: %1

What was downloaded is kept: Join again to go on where it stopped.</source>
        <translation>नहीं जुड़ा: %1

जो डाउनलोड हुआ वह रखा गया है: जहाँ रुका था वहीं से आगे बढ़ने के लिए फिर से जुड़ें।</translation>
    </message>
    <message>
        <source>Joining %1 was begun and not finished: Join goes on where it stopped.</source>
        <translation>%1 से जुड़ना शुरू हुआ था पर पूरा नहीं हुआ: जुड़ें वहीं से आगे बढ़ेगा जहाँ रुका था।</translation>
    </message>
    <message>
        <source>Joining downloads all the team&apos;s leads, contacts and interactions into this file; from then on it keeps in step with the server by itself, and works offline too.</source>
        <translation>जुड़ने पर टीम की सभी लीड, संपर्क और इंटरैक्शन इस फ़ाइल में डाउनलोड होते हैं; उसके बाद यह अपने आप सर्वर के साथ एक जैसी रहती है, और ऑफ़लाइन भी काम करती है।</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for you (File &gt; Conflicts).</source>
        <translation>
            <numerusform>%n टकराव आपकी प्रतीक्षा में है (फ़ाइल &gt; टकराव)।</numerusform>
            <numerusform>%n टकराव आपकी प्रतीक्षा में हैं (फ़ाइल &gt; टकराव)।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline since %1; %n change(s) waiting.</source>
        <translation>
            <numerusform>%1 से ऑफ़लाइन; %n बदलाव बाकी है।</numerusform>
            <numerusform>%1 से ऑफ़लाइन; %n बदलाव बाकी हैं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n बदलाव भेजा जाना बाकी है।</numerusform>
            <numerusform>%n बदलाव भेजे जाने बाकी हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>In step with the server.</source>
        <translation>सर्वर के साथ एक जैसा।</translation>
    </message>
    <message>
        <source>The last round failed: %1</source>
        <translation>पिछला दौर विफल रहा: %1</translation>
    </message>
    <message>
        <source>Type the server&apos;s address, such as https://crm.example.com:8000.</source>
        <translation>सर्वर का पता लिखें, जैसे https://crm.example.com:8000।</translation>
    </message>
    <message>
        <source>Type the token you were given (touchpoint users add on the server).</source>
        <translation>आपको दिया गया टोकन लिखें (सर्वर पर touchpoint users add)।</translation>
    </message>
    <message>
        <source>Asking the team server…</source>
        <translation>टीम सर्वर से पूछ रहे हैं…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Joining the Team Server</source>
        <translation>टीम सर्वर से जुड़ना</translation>
    </message>
    <message>
        <source>This file already holds records (leads: %1, contacts: %2, interactions: %3). To join, they take new ids of this computer&apos;s own and are sent to the server with the team&apos;s; whatever knows them by their old ids (an integration, a bookmark) must look them up again.</source>
        <translation>इस फ़ाइल में पहले से रिकॉर्ड हैं (लीड: %1, संपर्क: %2, इंटरैक्शन: %3)। जुड़ने के लिए वे इस कंप्यूटर की अपनी नई आईडी लेते हैं और टीम के रिकॉर्ड के साथ सर्वर को भेजे जाते हैं; जो कुछ उन्हें पुरानी आईडी से जानता है (कोई इंटीग्रेशन, कोई बुकमार्क), उसे उन्हें फिर से ढूँढना होगा।</translation>
    </message>
</context>
<context>
    <name>TlsCredentials</name>
    <message>
        <source>the handshake did not finish</source>
        <translation>हैंडशेक पूरा नहीं हुआ</translation>
    </message>
    <message>
        <source>Cannot read the TLS certificate %1: %2</source>
        <translation>TLS प्रमाणपत्र %1 पढ़ा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>%1 में कोई PEM प्रमाणपत्र नहीं है (-----BEGIN CERTIFICATE-----)।</translation>
    </message>
    <message>
        <source>Cannot read the TLS private key %1: %2</source>
        <translation>TLS निजी कुंजी %1 पढ़ी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>%1 holds no private key that can be read: an RSA or EC key in PEM form, not encrypted with a passphrase, is needed.</source>
        <translation>%1 में पढ़ने योग्य कोई निजी कुंजी नहीं है: PEM रूप में RSA या EC कुंजी चाहिए, जो पासफ़्रेज़ से एन्क्रिप्ट न हो।</translation>
    </message>
    <message>
        <source>The private key in %1 does not go with the certificate in %2 (%3).</source>
        <translation>%1 की निजी कुंजी %2 के प्रमाणपत्र से मेल नहीं खाती (%3)।</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Add Interaction</source>
        <translation>इंटरैक्शन जोड़ना</translation>
    </message>
    <message>
        <source>Its lead or contact no longer exists.</source>
        <translation>इसकी लीड या संपर्क अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Delete Interaction</source>
        <translation>इंटरैक्शन हटाना</translation>
    </message>
    <message>
        <source>Edit Interaction</source>
        <translation>इंटरैक्शन बदलना</translation>
    </message>
    <message>
        <source>The interaction no longer exists.</source>
        <translation>यह इंटरैक्शन अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Edit Lead</source>
        <translation>लीड बदलना</translation>
    </message>
    <message>
        <source>The lead no longer exists.</source>
        <translation>यह लीड अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Edit Contact</source>
        <translation>संपर्क बदलना</translation>
    </message>
    <message>
        <source>The contact no longer exists.</source>
        <translation>यह संपर्क अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Interactions with %1 have been logged since the contact was added, so it is kept. Its addition can no longer be undone.</source>
        <translation>संपर्क जोड़े जाने के बाद %1 के साथ इंटरैक्शन दर्ज हुए हैं, इसलिए उसे रखा गया है। उसे जोड़ना अब पूर्ववत नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>Its lead no longer exists.</source>
        <translation>इसकी लीड अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Add Contact</source>
        <translation>संपर्क जोड़ें</translation>
    </message>
    <message>
        <source>Delete Contact</source>
        <translation>संपर्क हटाएँ</translation>
    </message>
    <message>
        <source>%1 has been given contacts since it was added, so it is kept. Its addition can no longer be undone.</source>
        <translation>जोड़े जाने के बाद %1 में संपर्क जोड़े गए हैं, इसलिए उसे रखा गया है। उसे जोड़ना अब पूर्ववत नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>The lead could not be put back as it was.</source>
        <translation>लीड को पहले जैसा वापस नहीं रखा जा सका।</translation>
    </message>
    <message>
        <source>Add Lead</source>
        <translation>लीड जोड़ें</translation>
    </message>
    <message>
        <source>Delete Lead</source>
        <translation>लीड हटाएँ</translation>
    </message>
    <message>
        <source>Change Status</source>
        <translation>स्थिति बदलें</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <source>Could Not Undo</source>
        <translation>पूर्ववत नहीं हो सका</translation>
    </message>
    <message>
        <source>%1 can no longer be undone: %2</source>
        <translation>“%1” अब पूर्ववत नहीं किया जा सकता: %2</translation>
    </message>
    <message>
        <source>%1 can no longer be redone: %2</source>
        <translation>“%1” अब फिर से नहीं किया जा सकता: %2</translation>
    </message>
</context>
<context>
    <name>UsersCommand</name>
    <message>
        <source>Adds, lists and revokes the people who use the REST API of a Touchpoint database. Once a database has anyone, `touchpoint serve` and the window&apos;s API answer only requests with the token of someone not revoked (&quot;Authorization: Token &lt;token&gt;&quot;), and the shared token of --token-file is no longer taken. A revocation is in force at once, also for a server that is running.

  add NAME      add someone and print their new token, once: only its hash is kept
  list          everyone, with when they were added and revoked
  revoke NAME   refuse their token from now on</source>
        <translation>Touchpoint डेटाबेस के REST API का उपयोग करने वाले लोगों को जोड़ता, सूचीबद्ध करता और रद्द करता है। जब डेटाबेस में कोई व्यक्ति हो, तो `touchpoint serve` और विंडो का API केवल उन्हीं अनुरोधों का उत्तर देते हैं जिनमें किसी ऐसे व्यक्ति का टोकन हो जो रद्द नहीं हुआ (&quot;Authorization: Token &lt;token&gt;&quot;), और --token-file का साझा टोकन अब स्वीकार नहीं होता। रद्द करना तुरंत लागू होता है, चल रहे सर्वर पर भी।

  add NAME      किसी को जोड़ें और उसका नया टोकन एक बार दिखाएँ: केवल उसका हैश रखा जाता है
  list          सभी लोग, कब जोड़े गए और कब रद्द हुए
  revoke NAME   अब से उनका टोकन अस्वीकार करें</translation>
    </message>
    <message>
        <source>The database: %1 (default %2).</source>
        <translation>डेटाबेस: %1 (डिफ़ॉल्ट %2)।</translation>
    </message>
    <message>
        <source>database</source>
        <translation>डेटाबेस</translation>
    </message>
    <message>
        <source>add, list or revoke</source>
        <translation>add, list या revoke</translation>
    </message>
    <message>
        <source>the person&apos;s name</source>
        <translation>व्यक्ति का नाम</translation>
    </message>
    <message>
        <source>[name]</source>
        <translation>[नाम]</translation>
    </message>
    <message>
        <source>Say what to do: add NAME, list or revoke NAME (touchpoint users --help).
</source>
        <translation>बताएँ क्या करना है: add NAME, list या revoke NAME (touchpoint users --help)।
</translation>
    </message>
    <message>
        <source>%1 takes one name; put a name with spaces in quotes.
</source>
        <translation>%1 एक नाम लेता है; रिक्त स्थान वाले नाम को उद्धरण चिह्नों में रखें।
</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.
</source>
        <translation>अनपेक्षित तर्क &quot;%1&quot;।
</translation>
    </message>
    <message>
        <source>Nobody has been added: the API takes the shared token, if one is set.
</source>
        <translation>किसी को नहीं जोड़ा गया है: यदि साझा टोकन सेट है, तो API उसे स्वीकार करता है।
</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>%1 को जोड़ा गया</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>%1 को रद्द किया गया</translation>
    </message>
    <message>
        <source>Added %1. Their token, shown this once (keep it secret; Touchpoint keeps only its hash):
</source>
        <translation>%1 को जोड़ा गया। उनका टोकन, केवल इस बार दिखाया गया (इसे गुप्त रखें; Touchpoint केवल इसका हैश रखता है):
</translation>
    </message>
    <message>
        <source>Nobody named &quot;%1&quot; is there.
</source>
        <translation>&quot;%1&quot; नाम का कोई नहीं है।
</translation>
    </message>
    <message>
        <source>Revoked %1: their token is refused from now on (since %2).
</source>
        <translation>%1 को रद्द किया गया: अब से उनका टोकन अस्वीकार होगा (%2 से)।
</translation>
    </message>
</context>
<context>
    <name>WindowCommand</name>
    <message>
        <source>path</source>
        <translation>पथ</translation>
    </message>
    <message>
        <source>Open a new database of sample data in a temporary folder, removed on quitting.</source>
        <translation>नमूना डेटा वाला नया डेटाबेस एक अस्थायी फ़ोल्डर में खोलें, जो बंद करने पर हटा दिया जाता है।</translation>
    </message>
    <message>
        <source>Show the window in &lt;code&gt;, such as hi or en (default: from Settings, else the system&apos;s language).</source>
        <translation>विंडो &lt;कोड&gt; भाषा में दिखाएँ, जैसे hi या en (डिफ़ॉल्ट: सेटिंग्स से, वरना सिस्टम की भाषा)।</translation>
    </message>
    <message>
        <source>code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder for the sample data: %1</source>
        <translation>नमूना डेटा के लिए अस्थायी फ़ोल्डर नहीं बनाया जा सका: %1</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Cannot make the sample data: %1</source>
        <translation>नमूना डेटा नहीं बनाया जा सका: %1</translation>
    </message>
    <message>
        <source>Sample data — Touchpoint</source>
        <translation>नमूना डेटा — Touchpoint</translation>
    </message>
    <message>
        <source>Touchpoint: log calls, emails, meetings, visits and orders with your leads&apos; contacts.

Without a command, opens the window. Commands:
%1</source>
        <translation>Touchpoint: अपनी लीड के संपर्कों के साथ कॉल, ईमेल, मीटिंग, विज़िट और ऑर्डर दर्ज करें।

कमांड के बिना यह विंडो खोलता है। कमांड:
%1</translation>
    </message>
    <message>
        <source>Open the Touchpoint database at &lt;path&gt;: %1. Default: %2.</source>
        <translation>&lt;पथ&gt; पर रखा Touchpoint डेटाबेस खोलें: %1। डिफ़ॉल्ट: %2।</translation>
    </message>
    <message>
        <source>On a database that has people (touchpoint users), sign in with the token in &lt;file&gt; instead of the one remembered on this computer or asked for.</source>
        <translation>जिस डेटाबेस में लोग हैं (touchpoint users), उस पर इस कंप्यूटर पर याद रखे या पूछे गए टोकन के बजाय &lt;फ़ाइल&gt; में रखे टोकन से साइन इन करें।</translation>
    </message>
    <message>
        <source>file</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>The token in %1 cannot sign in: %2</source>
        <translation>%1 में रखे टोकन से साइन इन नहीं हो सकता: %2</translation>
    </message>
</context>
<context>
    <name>WindowSignIn</name>
    <message>
        <source>Paste the token you were given.</source>
        <translation>आपको दिया गया टोकन चिपकाएँ।</translation>
    </message>
    <message>
        <source>Cannot read the database&apos;s people: %1</source>
        <translation>डेटाबेस के लोगों को पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>This token is not known.</source>
        <translation>यह टोकन ज्ञात नहीं है।</translation>
    </message>
    <message>
        <source>This token has been revoked.</source>
        <translation>यह टोकन रद्द कर दिया गया है।</translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation>टोकन फ़ाइल %1 पढ़ी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>The token file %1 is empty.</source>
        <translation>टोकन फ़ाइल %1 खाली है।</translation>
    </message>
    <message>
        <source>The token remembered on this computer no longer signs you in: %1</source>
        <translation>इस कंप्यूटर पर याद रखे टोकन से अब साइन इन नहीं होता: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>This Touchpoint was built without the REST API (QtHttpServer).
</source>
        <translation>यह Touchpoint REST API (QtHttpServer) के बिना बनाया गया है।
</translation>
    </message>
</context>
</TS>
