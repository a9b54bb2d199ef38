<?php
// The block editor's scripts editor.js uses (WordPress loads them first).
return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render' ),
	'version'      => '@@VERSION@@',
);
