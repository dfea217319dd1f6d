<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Corrections to Qt's own Swedish (qtbase_sv.qm from PySide6), loaded after it so that these win.
     Swedish writes "OK" in capitals; qtbase_sv says "Ok" on the standard buttons. -->
<TS version="2.1" language="sv_SE">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
</TS>
