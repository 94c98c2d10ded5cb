// The Quick start's app ran: it printed the user it created, renamed and found again.
def log = new File(basedir, 'build.log').text
assert log.contains('User[id=1, email=ada@example.com, name=Ada Lovelace]')
assert log =~ /1 Ada Lovelace joined at \d+/
true
