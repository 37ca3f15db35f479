import sys

from heelcoach.entry import main

sys.exit(main())
