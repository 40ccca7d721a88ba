/** Said when the search (its code, Pagefind or its index) cannot load; a module of its own, as every page's dialog script carries it. */
export const FAILED_MESSAGE = 'La recherche n’a pas pu se charger. Vérifiez votre connexion, puis fermez et rouvrez la recherche.';
