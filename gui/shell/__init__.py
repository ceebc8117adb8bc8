"""The application and its main window: menus, hosting the features, greying out what
needs a report, the shortcuts dialog. The only package that knows every other one."""
