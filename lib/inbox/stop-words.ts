/** Common French and English words that say nothing about a topic (folded: no accents). */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a au aux avec ce ces cet cette dans de des du elle elles en et eux il ils je la le les leur leurs lui ma mais me meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous c d j l m n s t y ete etre avoir ai as avons avez ont est sont suis es etes fait faire plus tres tout tous toute toutes bien aussi comme si donc car alors deja encore ici la-bas quand comment pourquoi quel quelle quoi oui non merci bonjour salut svp chez cela ca sans sous vers entre apres avant depuis peu beaucoup trop rien chose
the a an and or but if of to in on at by for with from as is are was were be been being it its this that these those i me my we our you your he she they them their his her what which who whom when where why how all any both each few more most other some such no nor not only own same so than too very can will just dont should now do does did have has had having am would could get got hi hello thanks thank please lol yes`.split(
    /\s+/,
  ),
);
