from heelcoach.entry import run

run()
