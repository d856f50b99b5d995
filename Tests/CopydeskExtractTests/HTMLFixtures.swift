/// Pages written for the tests, modelled on real layouts (the markup patterns of news CMSs,
/// WordPress and AMP), each with the article a reader would keep.
enum HTMLFixtures {
    /// A news CMS page: navigation, breadcrumbs, JSON-LD, a figure with caption and credit, a
    /// share bar, a "related" list, "most read", comments, a cookie banner and a footer.
    static let newsPage = """
        <!DOCTYPE html>
        <html lang="en-us">
        <head>
        <meta charset="utf-8">
        <title>Flooding forces thousands from homes in river delta | The Daily Observer</title>
        <meta property="og:title" content="Flooding forces thousands from homes in river delta">
        <meta property="og:site_name" content="The Daily Observer">
        <meta property="og:locale" content="en_US">
        <meta property="article:published_time" content="2022-09-15T08:30:00+06:00">
        <link rel="canonical" href="https://observer.example.com/world/2022/09/15/delta-flooding">
        <script type="application/ld+json">
        {"@context":"https://schema.org","@type":"NewsArticle",
         "headline":"Flooding forces thousands from homes in river delta",
         "datePublished":"2022-09-15T08:30:00+06:00",
         "author":[{"@type":"Person","name":"Amina Rahman"},{"@type":"Person","name":"Tom Hale"}],
         "publisher":{"@type":"Organization","name":"The Daily Observer"}}
        </script>
        <style>.nav{display:flex}</style>
        </head>
        <body class="article-page">
        <div id="cookie-consent" class="cookie-banner">We use cookies to improve your experience. <a href="/privacy">Learn more</a> <button>Accept</button></div>
        <header class="site-header">
          <a href="/" class="logo">The Daily Observer</a>
          <nav class="main-nav"><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
        </header>
        <main id="main">
        <ol class="breadcrumbs"><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ol>
        <article class="story">
          <h1 class="story-headline">Flooding forces thousands from homes in river delta</h1>
          <div class="byline">By Amina Rahman and Tom Hale</div>
          <time datetime="2022-09-15T08:30:00+06:00">September 15, 2022</time>
          <div class="share-tools"><a href="https://facebook.com/share">Share on Facebook</a> <a href="https://twitter.com/share">Tweet</a> <a href="mailto:">Email</a></div>
          <figure class="lead-image"><img src="flood.jpg" alt=""><figcaption class="caption">Residents wade through a flooded street. <span class="credit">Photo: Jane Roe/Observer</span></figcaption></figure>
          <div class="story-body">
            <p>DHAKA, Sept 15 (AP) — Floodwaters rose across the river delta on Thursday, forcing thousands of families to leave their homes as rescue teams worked through the night, officials said.</p>
            <p>The disaster management ministry said more than 40,000 people had moved to shelters in schools and government buildings, and that the water was still rising in three districts.</p>
            <h2>Crops under water</h2>
            <p>Farmers said the rice harvest, weeks away from being brought in, was lost in many villages, a blow to households already struggling with higher prices for fuel and fertiliser.</p>
            <blockquote><p>“We have nothing left in the fields,” said Rahim Uddin, a farmer from the district, standing beside his flooded paddy.</p></blockquote>
            <p>Relief agencies listed what families needed most:</p>
            <ul><li>clean drinking water and purification tablets,</li><li>dry food and cooking fuel,</li><li>medicine for waterborne diseases.</li></ul>
            <p>Forecasters expect more rain over the weekend, and the ministry has asked people in low-lying areas to be ready to leave at short notice.</p>
          </div>
          <div class="related-stories"><h3>Related</h3><ul><li><a href="/a">Monsoon season ends late</a></li><li><a href="/b">Dams near capacity upstream</a></li><li><a href="/c">Relief funding debated</a></li></ul></div>
        </article>
        <aside class="sidebar"><div class="most-read"><h3>Most read</h3><ol><li><a href="/x">Election results in full</a></li><li><a href="/y">Markets fall for a third day</a></li></ol></div></aside>
        <section id="comments" class="comments"><h3>12 comments</h3><div class="comment"><p>Terrible news, thoughts are with everyone affected by this, truly awful to see.</p></div></section>
        </main>
        <footer class="site-footer"><p>© 2022 The Daily Observer, 12 Press Lane, Dhaka. All rights reserved.</p><a href="/contact">Contact</a></footer>
        <script>window.dataLayer=[];function gtag(){dataLayer.push(arguments)}</script>
        </body></html>
        """

    static let newsParagraphs = [
        "DHAKA, Sept 15 (AP) — Floodwaters rose across the river delta on Thursday, forcing thousands of families to leave their homes as rescue teams worked through the night, officials said.",
        "The disaster management ministry said more than 40,000 people had moved to shelters in schools and government buildings, and that the water was still rising in three districts.",
        "Crops under water",
        "Farmers said the rice harvest, weeks away from being brought in, was lost in many villages, a blow to households already struggling with higher prices for fuel and fertiliser.",
        "“We have nothing left in the fields,” said Rahim Uddin, a farmer from the district, standing beside his flooded paddy.",
        "Relief agencies listed what families needed most:",
        "clean drinking water and purification tablets,",
        "dry food and cooking fuel,",
        "medicine for waterborne diseases.",
        "Forecasters expect more rain over the weekend, and the ministry has asked people in low-lying areas to be ready to leave at short notice.",
    ]

    /// A WordPress post: `entry-content`, a `wp-caption`, Jetpack's sharedaddy, widgets, comments,
    /// and `<br><br>` used as a paragraph break.
    static let wordPressPost = """
        <html lang="fr-FR"><head>
        <title>Le marché couvert rouvre ses portes &#8211; Le Petit Journal du Quartier</title>
        <meta name="author" content="Claire Martin">
        <meta property="og:site_name" content="Le Petit Journal du Quartier">
        </head>
        <body class="post-template-default single single-post">
        <div id="page" class="site">
        <header id="masthead" class="site-header"><p class="site-title"><a href="/">Le Petit Journal du Quartier</a></p>
        <nav id="site-navigation" class="main-navigation"><div class="menu-main-container"><ul id="primary-menu" class="menu"><li><a href="/">Accueil</a></li><li><a href="/agenda">Agenda</a></li></ul></div></nav></header>
        <div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
        <article id="post-42" class="post-42 post type-post status-publish hentry">
        <header class="entry-header"><h1 class="entry-title">Le marché couvert rouvre ses portes</h1>
        <div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2023-03-04T09:15:00+01:00">4 mars 2023</time></span> <span class="byline">par <a class="url fn n" rel="author" href="/author/claire">Claire Martin</a></span></div></header>
        <div class="entry-content">
        <p>Après dix-huit mois de travaux, le marché couvert de la place Carnot a rouvert samedi matin, au grand soulagement des commerçants et des habitants du quartier.</p>
        <div id="attachment_7" class="wp-caption aligncenter"><img src="marche.jpg"><p class="wp-caption-text">Les étals sous la nouvelle verrière. Photo : C. Martin</p></div>
        <p>La toiture a été entièrement refaite et les allées élargies pour laisser passer les poussettes, les fauteuils et les chariots des livreurs.<br><br>Une vingtaine de commerçants ont déjà repris leur place, et la mairie promet que les derniers emplacements seront attribués avant l&#8217;été.</p>
        <p>Le marché est ouvert du mardi au dimanche, de sept heures à treize heures, et jusqu&#8217;à dix-neuf heures le vendredi.</p>
        <div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">Partager :</h3><ul><li><a href="?share=twitter">Twitter</a></li><li><a href="?share=facebook">Facebook</a></li></ul></div></div>
        </div>
        <footer class="entry-footer"><span class="cat-links">Publié dans <a href="/cat/vie-locale">Vie locale</a></span><span class="tags-links">Étiquettes : <a href="/tag/marche">marché</a></span></footer>
        </article>
        <div id="comments" class="comments-area"><h2 class="comments-title">3 réflexions sur « Le marché couvert rouvre ses portes »</h2><ol class="comment-list"><li class="comment"><p>Enfin ! Nous attendions cela depuis si longtemps, bravo à tous les commerçants.</p></li></ol>
        <div id="respond" class="comment-respond"><form action="/wp-comments-post.php" method="post"><textarea name="comment"></textarea><input type="submit" value="Laisser un commentaire"></form></div></div>
        </main></div>
        <aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Articles récents</h2><ul><li><a href="/p1">La fête de la musique</a></li><li><a href="/p2">Travaux rue Victor-Hugo</a></li></ul></section></aside>
        </div>
        <footer id="colophon" class="site-footer"><div class="site-info">Fièrement propulsé par WordPress</div></footer>
        </div></body></html>
        """

    static let wordPressParagraphs = [
        "Après dix-huit mois de travaux, le marché couvert de la place Carnot a rouvert samedi matin, au grand soulagement des commerçants et des habitants du quartier.",
        "La toiture a été entièrement refaite et les allées élargies pour laisser passer les poussettes, les fauteuils et les chariots des livreurs.",
        "Une vingtaine de commerçants ont déjà repris leur place, et la mairie promet que les derniers emplacements seront attribués avant l’été.",
        "Le marché est ouvert du mardi au dimanche, de sept heures à treize heures, et jusqu’à dix-neuf heures le vendredi.",
    ]

    /// An AMP page: `amp-img`, `amp-ad`, `amp-social-share`, the canonical pointing at the full page.
    static let ampPage = """
        <!doctype html>
        <html ⚡ lang="en">
        <head><meta charset="utf-8">
        <title>City council approves new cycle lanes - Metro Courier</title>
        <link rel="canonical" href="/news/cycle-lanes-approved">
        <meta property="og:url" content="https://www.metrocourier.example/news/cycle-lanes-approved/amp">
        <meta name="author" content="Reuters">
        <style amp-custom>body{font-family:serif}</style>
        <script async src="https://cdn.ampproject.org/v0.js"></script>
        </head>
        <body>
        <amp-sidebar id="sidebar" layout="nodisplay"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></amp-sidebar>
        <header class="amp-header"><a href="/">Metro Courier</a></header>
        <article class="amp-article">
        <h1 class="amp-title">City council approves new cycle lanes</h1>
        <amp-img src="lanes.jpg" width="600" height="400" layout="responsive"></amp-img>
        <div class="amp-article-body">
        <p>LONDON (Reuters) - The city council voted on Tuesday to build twelve kilometres of protected cycle lanes along the ring road, after a year of consultation with residents and businesses.</p>
        <amp-ad width="300" height="250" type="doubleclick" data-slot="/123/amp"><div placeholder>Advertisement</div></amp-ad>
        <p>Work will start in the spring and the first section, between the station and the hospital, should open before the end of the year, the council's transport committee said.</p>
        <p>Shop owners on the route had asked for loading bays to be kept, and the final plan keeps most of them.</p>
        </div>
        <amp-social-share type="twitter"></amp-social-share>
        </article>
        <footer class="amp-footer"><p>Metro Courier. All rights reserved.</p></footer>
        </body></html>
        """

    static let ampParagraphs = [
        "LONDON (Reuters) - The city council voted on Tuesday to build twelve kilometres of protected cycle lanes along the ring road, after a year of consultation with residents and businesses.",
        "Work will start in the spring and the first section, between the station and the hospital, should open before the end of the year, the council's transport committee said.",
        "Shop owners on the route had asked for loading bays to be kept, and the final plan keeps most of them.",
    ]

    /// A page rendered by script: the body is an empty shell, the story is only in JSON-LD.
    static let linkedDataOnly = """
        <html><head><title>Port strike enters second week</title>
        <script type="application/ld+json">
        {"@context":"http://schema.org","@graph":[
          {"@type":"WebSite","name":"Harbour Times"},
          {"@type":"NewsArticle","headline":"Port strike enters second week",
           "datePublished":"2021-06-02","author":{"@type":"Organization","name":"Agence France-Presse"},
           "publisher":{"@type":"Organization","name":"Harbour Times"},
           "articleBody":"Dock workers at the country's largest port stayed off the job for an eighth day on Wednesday, leaving dozens of container ships waiting offshore.\\nThe union says wages have not kept up with prices since the last agreement was signed four years ago.\\nShipping companies warned that the delays would soon be felt in shops, with some goods already scarce."}
        ]}
        </script></head>
        <body><div id="app"><div class="loading-spinner"></div></div><noscript><p>Please enable JavaScript to read this article on the Harbour Times website.</p></noscript></body></html>
        """

    static let linkedDataParagraphs = [
        "Dock workers at the country's largest port stayed off the job for an eighth day on Wednesday, leaving dozens of container ships waiting offshore.",
        "The union says wages have not kept up with prices since the last agreement was signed four years ago.",
        "Shipping companies warned that the delays would soon be felt in shops, with some goods already scarce.",
    ]

    static let loginPage = """
        <html><head><title>Sign in | The Daily Observer</title></head><body>
        <header><nav><a href="/">Home</a> <a href="/subscribe">Subscribe</a></nav></header>
        <main><div class="login-box"><h1>Sign in to continue reading</h1>
        <form action="/login" method="post"><label>Email <input type="email" name="email"></label>
        <label>Password <input type="password" name="password"></label>
        <p><a href="/forgot">Forgot your password?</a></p><button type="submit">Sign in</button></form>
        <p>New here? Create a free account to read three articles a month.</p></div></main>
        <footer><a href="/terms">Terms</a> <a href="/privacy">Privacy</a></footer></body></html>
        """
}
