# reachout: the words of the interface, in bn.
