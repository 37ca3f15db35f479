import sys

from heelcoach.app import main

sys.exit(main())
