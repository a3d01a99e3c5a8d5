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
 * One field of a helpline row.
 *
 * @param int    $index The row.
 * @param string $field The field.
 * @param string $label Its label.
 * @param string $value Its value.
 * @param string $type  text, tel, url or textarea.
 * @param string $help  A hint under it, or ''.
 */
function haven_widgets_helpline_field( $index, $field, $label, $value, $type = 'text', $help = '' ) {
	$id   = 'haven-widgets-helpline-' . $index . '-' . $field;
	$name = 'haven_widgets_settings[helplines][' . $index . '][' . $field . ']';
	echo '<p class="haven-widgets-field haven-widgets-field-' . esc_attr( $field ) . '"><label for="' . esc_attr( $id ) . '">' . esc_html( $label ) . '</label>';
	if ( 'textarea' === $type ) {
		echo '<textarea id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '" rows="2" class="large-text">' . esc_textarea( $value ) . '</textarea>';
	} else {
		echo '<input type="' . esc_attr( $type ) . '" id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '" value="' . esc_attr( $value ) . '" class="regular-text"' . ( 'tel' === $type || 'url' === $type ? ' dir="ltr"' : '' ) . ( '' !== $help ? ' aria-describedby="' . esc_attr( $id ) . '-help"' : '' ) . '>';
	}
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
 */
function haven_widgets_helpline_row( $index, array $line ) {
	$line  = array_merge( array_fill_keys( HAVEN_WIDGETS_HELPLINE_FIELDS, '' ), $line );
	$empty = '' === $line['name'];
	echo '<fieldset class="haven-widgets-helpline"' . ( $empty ? ' data-new' : '' ) . '><legend>'
		. ( $empty
			? esc_html__( 'Add a helpline', 'haven-widgets' )
			/* translators: %s: a helpline's name. */
			: esc_html( sprintf( __( 'Helpline: %s', 'haven-widgets' ), $line['name'] ) ) )
		. '</legend>';
	haven_widgets_helpline_field( $index, 'name', __( 'Name', 'haven-widgets' ), $line['name'] );
	haven_widgets_helpline_field( $index, 'description', __( 'What it is for', 'haven-widgets' ), $line['description'], 'textarea' );
	haven_widgets_helpline_field( $index, 'phone', __( 'Phone number', 'haven-widgets' ), $line['phone'], 'tel' );
	haven_widgets_helpline_field( $index, 'sms', __( 'Text (SMS) number', 'haven-widgets' ), $line['sms'], 'tel' );
	haven_widgets_helpline_field( $index, 'keyword', __( 'Keyword to text', 'haven-widgets' ), $line['keyword'], 'text', __( 'If the number needs a word first, such as SHOUT.', 'haven-widgets' ) );
	haven_widgets_helpline_field( $index, 'chat', __( 'Chat link', 'haven-widgets' ), $line['chat'], 'url' );
	haven_widgets_helpline_field( $index, 'web', __( 'Website', 'haven-widgets' ), $line['web'], 'url' );
	haven_widgets_helpline_field( $index, 'hours', __( 'Hours', 'haven-widgets' ), $line['hours'], 'text', __( 'Such as: 24 hours, every day.', 'haven-widgets' ) );
	haven_widgets_helpline_field( $index, 'languages', __( 'Languages', 'haven-widgets' ), $line['languages'], 'text', __( 'Separated by commas.', 'haven-widgets' ) );
	haven_widgets_helpline_field( $index, 'region', __( 'Region', 'haven-widgets' ), $line['region'], 'text', __( 'Helplines are grouped under their region, such as a country.', 'haven-widgets' ) );
	if ( ! $empty ) {
		$id = 'haven-widgets-helpline-' . $index . '-remove';
		echo '<p class="haven-widgets-remove"><input type="checkbox" id="' . esc_attr( $id ) . '" name="haven_widgets_settings[helplines][' . (int) $index . '][remove]" value="1"> <label for="' . esc_attr( $id ) . '">' . esc_html__( 'Remove this helpline when saving', 'haven-widgets' ) . '</label></p>';
	}
	echo '</fieldset>';
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
				$lines = haven_widgets_clean_helplines( $settings['helplines'] );
				foreach ( $lines as $i => $line ) {
					haven_widgets_helpline_row( $i, $line );
				}
				haven_widgets_helpline_row( count( $lines ), array() );
				?>
			</div>

			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="haven-widgets-emergency"><?php esc_html_e( 'Emergency number', 'haven-widgets' ); ?></label></th>
					<td>
						<input type="tel" dir="ltr" id="haven-widgets-emergency" name="haven_widgets_settings[emergency_number]" value="<?php echo esc_attr( $settings['emergency_number'] ); ?>" class="small-text" aria-describedby="haven-widgets-emergency-help">
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
						<input type="url" dir="ltr" id="haven-widgets-exit-href" name="haven_widgets_settings[exit_href]" value="<?php echo esc_attr( $settings['exit_href'] ); ?>" class="regular-text" placeholder="https://www.wikipedia.org/" aria-describedby="haven-widgets-exit-href-help">
						<p class="description" id="haven-widgets-exit-href-help"><?php esc_html_e( 'An ordinary-looking page. Empty: Wikipedia, which looks the same everywhere and needs no account.', 'haven-widgets' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="haven-widgets-exit-safety"><?php esc_html_e( 'Safety page', 'haven-widgets' ); ?></label></th>
					<td>
						<input type="text" dir="ltr" id="haven-widgets-exit-safety" name="haven_widgets_settings[exit_safety_href]" value="<?php echo esc_attr( $settings['exit_safety_href'] ); ?>" class="regular-text" aria-describedby="haven-widgets-exit-safety-help">
						<p class="description" id="haven-widgets-exit-safety-help"><?php esc_html_e( 'Your page about staying safe online, linked from “How this works”. A full address, or one of this site’s pages such as /staying-safe-online/.', 'haven-widgets' ); ?></p>
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
								/* translators: %s: light or dark, as found. */
								'site'    => sprintf( __( 'Follow the site (now: %s)', 'haven-widgets' ), 'dark' === haven_widgets_site_theme() ? __( 'dark', 'haven-widgets' ) : __( 'light', 'haven-widgets' ) ),
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
						<input type="text" dir="ltr" id="haven-widgets-accent" name="haven_widgets_settings[accent]" value="<?php echo esc_attr( $settings['accent'] ); ?>" class="small-text" placeholder="#256a66" pattern="#?([0-9a-fA-F]{3}){1,2}" aria-describedby="haven-widgets-accent-help">
						<p class="description" id="haven-widgets-accent-help"><?php esc_html_e( 'Buttons, links and icons, as a hex colour such as #6b3fa0. Empty: a calm teal. Text on it is chosen to be readable.', 'haven-widgets' ); ?></p>
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
