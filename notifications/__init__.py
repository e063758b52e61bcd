"""E-mail to employees when IT answers, changes the status or waits on them; reminders."""
