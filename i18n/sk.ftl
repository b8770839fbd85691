# reachout: the words of the interface, in sk.
