<?php
/**
 * Settings → Haven widgets: the site's helplines and emergency number, the quick exit on
 * every page, theme, accent colour and language. Through the Settings API, so saving checks
 * the nonce and the manage_options capability.
 *
 * @package HavenWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the option and its sanitising.
 */
function haven_widgets_register_setting() {
	register_setting(
		'haven_widgets',
		'haven_widgets_settings',
		array(
			'type'              => 'array',
			'sanitize_callback' => 'haven_widgets_sanitize_settings',
			'default'           => haven_widgets_defaults(),
			'show_in_rest'      => false,
		)
	);
}
add_action( 'admin_init', 'haven_widgets_register_setting' );

/**
 * Adds the page under Settings.
 */
function haven_widgets_add_settings_page() {
	$hook = add_options_page(
		__( 'Haven widgets', 'haven-widgets' ),
		__( 'Haven widgets', 'haven-widgets' ),
		'manage_options',
		'haven-widgets',
		'haven_widgets_settings_page'
	);
	add_action( 'admin_print_scripts-' . $hook, 'haven_widgets_settings_assets' );
}
add_action( 'admin_menu', 'haven_widgets_add_settings_page' );

/**
 * The settings page's small script (move a helpline up or down, add one) and styles.
 */
function haven_widgets_settings_assets() {
	wp_enqueue_script( 'haven-widgets-settings', haven_widgets_file_url( 'assets/settings.js' ), array( 'wp-i18n' ), HAVEN_WIDGETS_VERSION, true );
	wp_set_script_translations( 'haven-widgets-settings', 'haven-widgets', HAVEN_WIDGETS_DIR . 'languages' );
	wp_enqueue_style( 'haven-widgets-settings', haven_widgets_file_url( 'assets/settings.css' ), array(), HAVEN_WIDGETS_VERSION );
}

/**
 * A link to the settings from the plugins list.
 *
 * @param array $links The plugin's action links.
 * @return array
 */
function haven_widgets_action_links( $links ) {
	array_unshift( $links, '<a href="' . esc_url( admin_url( 'options-general.php?page=haven-widgets' ) ) . '">' . esc_html__( 'Settings', 'haven-widgets' ) . '</a>' );
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( HAVEN_WIDGETS_FILE ), 'haven_widgets_action_links' );

/**
 * The attributes that tie a field to what is said about it: its hint, and the reason a value
 * typed into it was not saved (then it is also marked invalid), or a note on how it was saved.
 *
 * @param string $id    The field's id.
 * @param bool   $help  Whether it has a hint (id-help).
 * @param array  $state From haven_widgets_typed(): reason or note.
 * @param array  $more  Other ids that describe it.
 * @return string
 */
function haven_widgets_field_aria( $id, $help, array $state, array $more = array() ) {
	$ids = $more;
	if ( ! empty( $state['reason'] ) ) {
		$ids[] = $id . '-error';
	} elseif ( ! empty( $state['note'] ) ) {
		$ids[] = $id . '-note';
	}
	if ( $help ) {
		$ids[] = $id . '-help';
	}
	$ids = array_unique( $ids );
	return ( $ids ? ' aria-describedby="' . esc_attr( implode( ' ', $ids ) ) . '"' : '' ) . ( ! empty( $state['reason'] ) ? ' aria-invalid="true"' : '' );
}

/**
 * What is said beside a field after saving: why what was typed was not saved, or a note.
 *
 * @param string $id    The field's id.
 * @param array  $state From haven_widgets_typed(): reason or note.
 */
function haven_widgets_field_message( $id, array $state ) {
	if ( ! empty( $state['reason'] ) ) {
		echo '<span class="haven-widgets-error" id="' . esc_attr( $id ) . '-error">' . esc_html( $state['reason'] ) . '</span>';
	} elseif ( ! empty( $state['note'] ) ) {
		echo '<span class="haven-widgets-note" id="' . esc_attr( $id ) . '-note">' . esc_html( $state['note'] ) . '</span>';
	}
}

/**
 * One field of a helpline row. Phone numbers and links are plain text fields: the browser
 * would refuse to send `samaritans.org` from a url field, and the plugin's own checks say
 * what is wrong beside the field instead.
 *
 * @param int    $index The row.
 * @param string $field The field.
 * @param string $label Its label.
 * @param string $value Its value.
 * @param string $type  text, tel, url or textarea.
 * @param string $help  A hint under it, or ''.
 * @param array  $state What was typed but not saved (value, reason), or a note.
 */
function haven_widgets_helpline_field( $index, $field, $label, $value, $type = 'text', $help = '', array $state = array() ) {
	$id    = 'haven-widgets-helpline-' . $index . '-' . $field;
	$name  = 'haven_widgets_settings[helplines][' . $index . '][' . $field . ']';
	$value = isset( $state['value'] ) ? $state['value'] : $value;
	$aria  = haven_widgets_field_aria( $id, '' !== $help, $state );
	echo '<p class="haven-widgets-field haven-widgets-field-' . esc_attr( $field ) . '"><label for="' . esc_attr( $id ) . '">' . esc_html( $label ) . '</label>';
	if ( 'textarea' === $type ) {
		echo '<textarea id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '" rows="2" class="large-text"' . $aria . '>' . esc_textarea( $value ) . '</textarea>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in haven_widgets_field_aria().
	} else {
		$input_type = 'tel' === $type ? 'tel' : 'text';
		echo '<input type="' . esc_attr( $input_type ) . '"' . ( 'url' === $type ? ' inputmode="url"' : '' ) . ' id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '" value="' . esc_attr( $value ) . '" class="regular-text"' . ( 'tel' === $type || 'url' === $type ? ' dir="ltr"' : '' ) . $aria . '>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in haven_widgets_field_aria().
	}
	haven_widgets_field_message( $id, $state );
	if ( '' !== $help ) {
		echo '<span class="description" id="' . esc_attr( $id ) . '-help">' . esc_html( $help ) . '</span>';
	}
	echo '</p>';
}

/**
 * One helpline's fieldset. An empty one (no name) is the row to add a helpline.
 *
 * @param int   $index Its position.
 * @param array $line  Its fields.
 * @param array $typed What was typed into its fields but not saved, or notes, by field.
 */
function haven_widgets_helpline_row( $index, array $line, array $typed = array() ) {
	$line   = array_merge( array_fill_keys( HAVEN_WIDGETS_HELPLINE_FIELDS, '' ), $line );
	$empty  = '' === $line['name'];
	$labels = haven_widgets_helpline_labels();
	$hints  = array(
		'keyword'   => __( 'If the number needs a word first, such as SHOUT.', 'haven-widgets' ),
		'chat'      => __( 'A web address, such as https://example.org/chat/.', 'haven-widgets' ),
		'web'       => __( 'A web address, such as https://www.samaritans.org/.', 'haven-widgets' ),
		'hours'     => __( 'Such as: 24 hours, every day.', 'haven-widgets' ),
		'languages' => __( 'Separated by commas.', 'haven-widgets' ),
		'region'    => __( 'Helplines are grouped under their region, such as a country.', 'haven-widgets' ),
	);
	$types  = array(
		'description' => 'textarea',
		'phone'       => 'tel',
		'sms'         => 'tel',
		'chat'        => 'url',
		'web'         => 'url',
	);
	echo '<fieldset class="haven-widgets-helpline"' . ( $empty ? ' data-new' : '' ) . '><legend>'
		. ( $empty
			? esc_html__( 'Add a helpline', 'haven-widgets' )
			/* translators: %s: a helpline's name. */
			: esc_html( sprintf( __( 'Helpline: %s', 'haven-widgets' ), $line['name'] ) ) )
		. '</legend>';
	foreach ( HAVEN_WIDGETS_HELPLINE_FIELDS as $field ) {
		haven_widgets_helpline_field(
			$index,
			$field,
			$labels[ $field ],
			$line[ $field ],
			isset( $types[ $field ] ) ? $types[ $field ] : 'text',
			isset( $hints[ $field ] ) ? $hints[ $field ] : '',
			isset( $typed[ $field ] ) && is_array( $typed[ $field ] ) ? $typed[ $field ] : array()
		);
	}
	if ( ! $empty ) {
		$id = 'haven-widgets-helpline-' . $index . '-remove';
		echo '<p class="haven-widgets-remove"><input type="checkbox" id="' . esc_attr( $id ) . '" name="haven_widgets_settings[helplines][' . (int) $index . '][remove]" value="1"> <label for="' . esc_attr( $id ) . '">' . esc_html__( 'Remove this helpline when saving', 'haven-widgets' ) . '</label></p>';
	}
	echo '</fieldset>';
}

/**
 * Colour swatches: the accent as the widgets use it on their light and dark backgrounds.
 *
 * @param string $accent The setting.
 */
function haven_widgets_accent_swatches( $accent ) {
	$used = haven_widgets_accent_colours( $accent );
	if ( ! $used ) {
		return;
	}
	$themes = array(
		'light' => __( 'Used on light widgets:', 'haven-widgets' ),
		'dark'  => __( 'Used on dark widgets:', 'haven-widgets' ),
	);
	echo '<span class="haven-widgets-swatches" id="haven-widgets-accent-used">';
	foreach ( $themes as $theme => $label ) {
		$background = HAVEN_WIDGETS_BACKGROUNDS[ $theme ];
		echo '<span class="haven-widgets-swatch haven-widgets-swatch-' . esc_attr( $theme ) . '" data-colour="' . esc_attr( $used[ $theme ] ) . '">' . esc_html( $label ) . ' '
			// An SVG fill, not a style attribute: the admin may run under a strict CSP.
			. '<svg width="40" height="20" viewBox="0 0 40 20" aria-hidden="true" focusable="false"><rect width="40" height="20" fill="' . esc_attr( $background ) . '" stroke="#8c8f94"/><rect x="8" y="4" width="24" height="12" fill="' . esc_attr( $used[ $theme ] ) . '"/></svg> '
			. '<code>' . esc_html( $used[ $theme ] ) . '</code></span> ';
	}
	echo '</span>';
}

/**
 * A radio group.
 *
 * @param string $key     The setting.
 * @param string $legend  Its name.
 * @param array  $choices Value => label.
 * @param string $current The saved value.
 */
function haven_widgets_radios( $key, $legend, array $choices, $current ) {
	echo '<fieldset><legend class="screen-reader-text">' . esc_html( $legend ) . '</legend>';
	foreach ( $choices as $value => $label ) {
		echo '<label><input type="radio" name="haven_widgets_settings[' . esc_attr( $key ) . ']" value="' . esc_attr( $value ) . '"' . checked( $current, $value, false ) . '> ' . esc_html( $label ) . '</label><br>';
	}
	echo '</fieldset>';
}

/**
 * The settings page.
 */
function haven_widgets_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$settings  = haven_widgets_settings();
	$typed     = haven_widgets_typed();
	$fields    = isset( $typed['fields'] ) && is_array( $typed['fields'] ) ? $typed['fields'] : array();
	$state     = function ( $key ) use ( $fields ) {
		return isset( $fields[ $key ] ) && is_array( $fields[ $key ] ) ? $fields[ $key ] : array();
	};
	$value     = function ( $key ) use ( $settings, $state ) {
		$typed = $state( $key );
		return isset( $typed['value'] ) ? $typed['value'] : $settings[ $key ];
	};
	$site_lang = haven_widgets_map_locale( get_locale() );
	$languages = array(
		'en' => 'English',
		'es' => 'Español',
		'fr' => 'Français',
		'de' => 'Deutsch',
		'pt' => 'Português',
		'ar' => 'العربية',
	);
	?>
	<div class="wrap haven-widgets-settings">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<p><?php esc_html_e( 'What every Haven widget on this site shares. The widgets themselves are added as blocks (search for “Haven” in the block inserter) or, in the classic editor, as shortcodes such as [haven_faq].', 'haven-widgets' ); ?></p>
		<form action="options.php" method="post">
			<?php settings_fields( 'haven_widgets' ); ?>

			<h2 id="haven-widgets-helplines-heading"><?php esc_html_e( 'Helplines', 'haven-widgets' ); ?></h2>
			<p><?php esc_html_e( 'Shown by every Helplines block that has none of its own, in this order. Numbers are shown as you write them; links must start with https://.', 'haven-widgets' ); ?></p>
			<div class="haven-widgets-helplines" aria-labelledby="haven-widgets-helplines-heading" role="group">
				<?php
				$lines   = haven_widgets_clean_helplines( $settings['helplines'] );
				$unsaved = isset( $typed['unsaved'] ) && is_array( $typed['unsaved'] ) ? $typed['unsaved'] : array();
				foreach ( $lines as $i => $line ) {
					haven_widgets_helpline_row( $i, $line, isset( $typed['helplines'][ $i ] ) ? (array) $typed['helplines'][ $i ] : array() );
				}
				// Rows not saved for want of a name come back as typed, the name asked for.
				foreach ( $unsaved as $j => $row ) {
					$row = (array) $row;
					haven_widgets_helpline_row( count( $lines ) + $j, array(), array_merge( array_map( function ( $v ) { return array( 'value' => $v ); }, $row ), array( 'name' => array( 'value' => '', 'reason' => haven_widgets_field_rule( 'name' ) ) ) ) );
				}
				haven_widgets_helpline_row( count( $lines ) + count( $unsaved ), array() );
				?>
			</div>

			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="haven-widgets-emergency"><?php esc_html_e( 'Emergency number', 'haven-widgets' ); ?></label></th>
					<td>
						<input type="tel" dir="ltr" id="haven-widgets-emergency" name="haven_widgets_settings[emergency_number]" value="<?php echo esc_attr( $value( 'emergency_number' ) ); ?>" class="small-text"<?php echo haven_widgets_field_aria( 'haven-widgets-emergency', true, $state( 'emergency_number' ) ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped ?>>
						<?php haven_widgets_field_message( 'haven-widgets-emergency', $state( 'emergency_number' ) ); ?>
						<p class="description" id="haven-widgets-emergency-help"><?php esc_html_e( 'Such as 999, 911 or 112. Without one, the helplines say “your local emergency number”.', 'haven-widgets' ); ?></p>
					</td>
				</tr>
			</table>

			<h2><?php esc_html_e( 'Quick exit on every page', 'haven-widgets' ); ?></h2>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><?php esc_html_e( 'Quick exit', 'haven-widgets' ); ?></th>
					<td>
						<label><input type="checkbox" name="haven_widgets_settings[exit_enabled]" value="1" <?php checked( ! empty( $settings['exit_enabled'] ) ); ?>> <?php esc_html_e( 'Show a “Leave this site” button at the top of every page', 'haven-widgets' ); ?></label>
						<p class="description"><?php esc_html_e( 'It comes right after the theme’s skip link, stays on screen as visitors scroll, and sits below the toolbar for logged-in staff.', 'haven-widgets' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="haven-widgets-exit-href"><?php esc_html_e( 'Where it leads', 'haven-widgets' ); ?></label></th>
					<td>
						<input type="text" inputmode="url" dir="ltr" id="haven-widgets-exit-href" name="haven_widgets_settings[exit_href]" value="<?php echo esc_attr( $value( 'exit_href' ) ); ?>" class="regular-text" placeholder="https://www.wikipedia.org/"<?php echo haven_widgets_field_aria( 'haven-widgets-exit-href', true, $state( 'exit_href' ) ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped ?>>
						<?php haven_widgets_field_message( 'haven-widgets-exit-href', $state( 'exit_href' ) ); ?>
						<p class="description" id="haven-widgets-exit-href-help"><?php esc_html_e( 'An ordinary-looking page. Empty: Wikipedia, which looks the same everywhere and needs no account.', 'haven-widgets' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="haven-widgets-exit-safety"><?php esc_html_e( 'Safety page', 'haven-widgets' ); ?></label></th>
					<td>
						<input type="text" inputmode="url" dir="ltr" id="haven-widgets-exit-safety" name="haven_widgets_settings[exit_safety_href]" value="<?php echo esc_attr( $value( 'exit_safety_href' ) ); ?>" class="regular-text"<?php echo haven_widgets_field_aria( 'haven-widgets-exit-safety', true, $state( 'exit_safety_href' ) ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped ?>>
						<?php haven_widgets_field_message( 'haven-widgets-exit-safety', $state( 'exit_safety_href' ) ); ?>
						<p class="description" id="haven-widgets-exit-safety-help"><?php esc_html_e( 'Your page about staying safe online, linked from “How this works”. A full address, or one of this site’s pages such as /staying-safe-online/ (kept that way, so it still works if the site moves to another address).', 'haven-widgets' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><?php esc_html_e( 'Shortcut', 'haven-widgets' ); ?></th>
					<td>
						<label><input type="checkbox" name="haven_widgets_settings[exit_shortcut]" value="1" <?php checked( ! empty( $settings['exit_shortcut'] ) ); ?>> <?php esc_html_e( 'Pressing Shift three times also leaves', 'haven-widgets' ); ?></label>
						<p class="description"><?php esc_html_e( 'Turn it off if your visitors use the NVDA screen reader, where Shift alone pauses speech.', 'haven-widgets' ); ?></p>
					</td>
				</tr>
			</table>

			<h2><?php esc_html_e( 'Look and language', 'haven-widgets' ); ?></h2>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><?php esc_html_e( 'Theme', 'haven-widgets' ); ?></th>
					<td>
						<?php
						haven_widgets_radios(
							'theme',
							__( 'Theme', 'haven-widgets' ),
							array(
								'site'    => haven_widgets_theme_dark_mode()
									? __( 'Follow the site (now: light, and dark on pages where a visitor turns on the theme’s own dark mode)', 'haven-widgets' )
									/* translators: %s: light or dark, as found. */
									: sprintf( __( 'Follow the site (now: %s, from the theme’s background colour)', 'haven-widgets' ), 'dark' === haven_widgets_site_theme() ? __( 'dark', 'haven-widgets' ) : __( 'light', 'haven-widgets' ) ),
								'light'   => __( 'Light', 'haven-widgets' ),
								'dark'    => __( 'Dark', 'haven-widgets' ),
								'visitor' => __( 'Follow each visitor’s system setting (for themes that do too)', 'haven-widgets' ),
							),
							$settings['theme']
						);
						?>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="haven-widgets-accent"><?php esc_html_e( 'Accent colour', 'haven-widgets' ); ?></label></th>
					<td>
						<input type="text" dir="ltr" id="haven-widgets-accent" name="haven_widgets_settings[accent]" value="<?php echo esc_attr( $value( 'accent' ) ); ?>" class="small-text" placeholder="#256a66"<?php echo haven_widgets_field_aria( 'haven-widgets-accent', true, $state( 'accent' ), haven_widgets_accent_colours( $settings['accent'] ) ? array( 'haven-widgets-accent-used' ) : array() ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped ?>>
						<?php haven_widgets_field_message( 'haven-widgets-accent', $state( 'accent' ) ); ?>
						<?php haven_widgets_accent_swatches( $settings['accent'] ); ?>
						<p class="description" id="haven-widgets-accent-help"><?php esc_html_e( 'Buttons, links and icons, as a hex colour such as #6b3fa0. Empty: a calm teal. Links must read as text, so where the colour is too light for the widgets’ white background (or too dark for their dark one) a deeper (or lighter) shade of it is used there, as the swatches show. Text on buttons is chosen to be readable.', 'haven-widgets' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="haven-widgets-language"><?php esc_html_e( 'Language', 'haven-widgets' ); ?></label></th>
					<td>
						<select id="haven-widgets-language" name="haven_widgets_settings[language]" aria-describedby="haven-widgets-language-help">
							<option value="" <?php selected( $settings['language'], '' ); ?>>
								<?php
								/* translators: %s: the language's name. */
								echo esc_html( sprintf( __( 'The site’s language (%s)', 'haven-widgets' ), $languages[ $site_lang ] ) );
								?>
							</option>
							<?php foreach ( $languages as $code => $name ) : ?>
								<option value="<?php echo esc_attr( $code ); ?>" lang="<?php echo esc_attr( $code ); ?>" <?php selected( $settings['language'], $code ); ?>><?php echo esc_html( $name ); ?></option>
							<?php endforeach; ?>
						</select>
						<p class="description" id="haven-widgets-language-help"><?php esc_html_e( 'The widgets’ buttons, labels and built-in content. Languages other than English should be reviewed by a native speaker before you rely on them.', 'haven-widgets' ); ?></p>
					</td>
				</tr>
			</table>

			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}
