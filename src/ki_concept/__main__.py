from ki_concept.entry import main

main()
